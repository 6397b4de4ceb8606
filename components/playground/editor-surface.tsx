"use client";

import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import { CodeBox } from "./pieces";
import type { EditorProps } from "./editor-props";

type MonacoEditorComponent = ComponentType<EditorProps & { languageService: boolean }>;
type CodeMirrorEditorComponent = ComponentType<EditorProps>;

/**
 * The editors' modules, each fetched on first need and then shared by every playground on the page:
 * Monaco on wide screens, CodeMirror only on phones. Loaded with a plain `import()`, not
 * next/dynamic: that one suspends, and React holds back revealing a suspended part for up to 300 ms
 * after any other part of the page last showed a fallback, so the editor appeared about 300 ms after
 * its code had loaded (seen in a Chromium trace: the main thread idle from the end of Monaco's
 * evaluation until the editor was created).
 */
const editors = {
  monaco: { load: () => import("./monaco-editor").then((m) => m.default as MonacoEditorComponent) },
  codemirror: { load: () => import("./codemirror-editor").then((m) => m.default as CodeMirrorEditorComponent) },
};
const loadedEditors: { monaco?: MonacoEditorComponent; codemirror?: CodeMirrorEditorComponent } = {};

/** The editor component of `kind` once its module is loaded (at once if another playground loaded it). */
function useEditorModule<K extends "monaco" | "codemirror">(
  kind: K | "none",
): { Editor: (typeof loadedEditors)[K] | undefined } {
  const [Editor, setEditor] = useState<(typeof loadedEditors)[K] | undefined>(() =>
    kind === "none" ? undefined : loadedEditors[kind],
  );
  useEffect(() => {
    if (kind === "none") return;
    const known = loadedEditors[kind];
    // A function stored in state must be wrapped, or React would call it as an updater.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (known) return setEditor(() => known);
    let live = true;
    editors[kind].load().then(
      (component) => {
        (loadedEditors as Record<string, unknown>)[kind] = component;
        if (live) setEditor(() => component as (typeof loadedEditors)[K]);
      },
      // A failed chunk (offline, a new deploy) leaves the server-rendered code readable and runnable.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [kind]);
  return { Editor: kind === "none" ? undefined : Editor };
}

/** Which editor a playground shows: none yet, Monaco on wide screens, CodeMirror on phones. */
export type EditorKind = "none" | "monaco" | "codemirror";

/** Props of {@link EditorSurface}. */
export interface EditorSurfaceProps {
  kind: EditorKind;
  ready: boolean;
  staticCode: ReactNode;
  editor: EditorProps;
  /** Monaco may load IntelliSense (after the first run, or on a typing pause). */
  languageService?: boolean;
  /** What Ctrl/Cmd+Enter does, for the line under the editor. */
  runsWhat: string;
}

/**
 * The code of a playground: the server-rendered code until the editor is ready, then Monaco or, on
 * a phone, CodeMirror (each kept hidden under the static code while it loads and starts); with the
 * line on how Tab and Ctrl+Enter work in the editor. Both playgrounds use it.
 */
export function EditorSurface({
  kind,
  ready,
  staticCode,
  editor,
  languageService = false,
  runsWhat,
}: EditorSurfaceProps) {
  const pausedLine = editor.paused?.line;
  const { Editor: MonacoEditor } = useEditorModule(kind === "monaco" ? "monaco" : "none");
  const { Editor: CodeMirrorEditor } = useEditorModule(kind === "codemirror" ? "codemirror" : "none");
  return (
    <>
      <CodeBox staticCode={ready ? undefined : staticCode}>
        {kind !== "none" ? (
          <div
            className={ready ? "" : "pointer-events-none absolute inset-0 opacity-0"}
            data-testid="editor"
            data-editor={kind}
            data-ready={ready}
            data-paused-line={pausedLine}
          >
            {MonacoEditor ? <MonacoEditor {...editor} languageService={languageService} /> : null}
            {CodeMirrorEditor ? <CodeMirrorEditor {...editor} /> : null}
          </div>
        ) : null}
      </CodeBox>
      {kind === "monaco" ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          In the editor, Tab indents. Press <kbd>Ctrl</kbd>+<kbd>M</kbd> (Mac: <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+
          <kbd>M</kbd>) to make Tab move focus out instead. <kbd>Ctrl</kbd>/<kbd>Cmd</kbd>+<kbd>Enter</kbd> {runsWhat}.
        </p>
      ) : null}
      {kind === "codemirror" ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          In the editor, Tab moves focus out. <kbd>Ctrl</kbd>/<kbd>Cmd</kbd>+<kbd>Enter</kbd> {runsWhat}.
        </p>
      ) : null}
    </>
  );
}
