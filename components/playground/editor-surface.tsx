"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { CodeBox } from "./pieces";
import type { EditorProps } from "./editor-props";
import { TextareaEditor } from "./textarea-editor";

const MonacoEditor = dynamic<EditorProps & { languageService: boolean }>(() => import("./monaco-editor"), {
  ssr: false,
});

/** Which editor a playground shows: none yet, Monaco on wide screens, a textarea on phones. */
export type EditorKind = "none" | "monaco" | "textarea";

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
 * The code of a playground: the server-rendered code until the editor is ready, then Monaco (kept
 * hidden under the static code while it starts) or, on a phone, a plain textarea; with the line on
 * how Tab and Ctrl+Enter work in Monaco. Both playgrounds use it.
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
      <CodeBox staticCode={ready ? undefined : kind === "textarea" ? null : staticCode}>
        {kind === "monaco" ? (
          <div
            className={ready ? "" : "pointer-events-none absolute inset-0 opacity-0"}
            data-testid="editor"
            data-ready={ready}
            data-paused-line={pausedLine}
          >
            <MonacoEditor {...editor} languageService={languageService} />
          </div>
        ) : null}
        {kind === "textarea" ? (
          <div data-testid="editor" data-ready={ready} data-paused-line={pausedLine}>
            <TextareaEditor {...editor} />
          </div>
        ) : null}
      </CodeBox>
      {kind === "monaco" ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          In the editor, Tab indents. Press <kbd>Ctrl</kbd>+<kbd>M</kbd> (Mac: <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+
          <kbd>M</kbd>) to make Tab move focus out instead. <kbd>Ctrl</kbd>/<kbd>Cmd</kbd>+<kbd>Enter</kbd> {runsWhat}.
        </p>
      ) : null}
    </>
  );
}
