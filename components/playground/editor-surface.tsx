"use client";

import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import { CodeBox } from "./pieces";
import type { EditorProps } from "./editor-props";

/**
 * The editors' modules: Monaco on wide screens, CodeMirror only on phones, each fetched when a
 * playground first needs it (the browser keeps a module once loaded, so the next playground gets it
 * at once). Loaded with a plain `import()`, not next/dynamic: that one suspends, and React holds
 * back revealing a suspended part for up to 300 ms after any other part of the page last showed a
 * fallback, so the editor appeared about 300 ms after its code had loaded (seen in a Chromium trace:
 * the main thread idle from the end of Monaco's evaluation until the editor was created).
 */
const loadMonaco = () =>
  import("./monaco-editor").then((m) => m.default as ComponentType<EditorProps & { languageService: boolean }>);
const loadCodeMirror = () => import("./codemirror-editor").then((m) => m.default as ComponentType<EditorProps>);

/** The component `load` gives, once it has (null while it loads, when it failed, or without `load`). */
function useLoadedComponent<P>(load: (() => Promise<ComponentType<P>>) | null): {
  Component: ComponentType<P> | null;
} {
  // Kept with the loader it came from, so the component shown always belongs to the current `load`.
  const [loaded, setLoaded] = useState<{ load: unknown; Component: ComponentType<P> } | null>(null);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (Component) => live && setLoaded({ load, Component }),
      // A failed chunk (offline, a new deploy) leaves the server-rendered code readable and runnable.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [load]);
  return { Component: load && loaded?.load === load ? loaded.Component : null };
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
  const { Component: MonacoEditor } = useLoadedComponent(kind === "monaco" ? loadMonaco : null);
  const { Component: CodeMirrorEditor } = useLoadedComponent(kind === "codemirror" ? loadCodeMirror : null);
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
