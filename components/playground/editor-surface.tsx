"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { CodeBox } from "./pieces";
import type { EditorProps } from "./editor-props";

const MonacoEditor = dynamic<EditorProps & { languageService: boolean }>(() => import("./monaco-editor"), {
  ssr: false,
});
// Only phones load it, and only when a playground comes near the screen.
const CodeMirrorEditor = dynamic<EditorProps>(() => import("./codemirror-editor"), { ssr: false });

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
            {kind === "monaco" ? (
              <MonacoEditor {...editor} languageService={languageService} />
            ) : (
              <CodeMirrorEditor {...editor} />
            )}
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
