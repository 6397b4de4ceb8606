"use client";

import { useEffect, useRef, type RefObject } from "react";
import type * as Monaco from "monaco-editor/editor/editor.api";

/** Where the reader points in the TypeScript editor (a line), or nothing. */
export type PointAt = (line: number | null) => void;

/**
 * Hooks the twin highlighting into the Monaco editor inside `paneRef`, once the playground has put
 * one there: hovering a line or moving the caret reports it, and `marked` lines are decorated. The
 * editor is found through Monaco's own registry, so the editor component needs no change; Monaco is
 * already loaded by then (the import below only looks it up), and phones, which get a textarea, never load it.
 */
export function useMonacoTwin(
  paneRef: RefObject<HTMLElement | null>,
  enabled: boolean,
  pointAt: PointAt,
  marked: readonly number[],
) {
  const pointRef = useRef(pointAt);
  useEffect(() => {
    pointRef.current = pointAt;
  });
  const decorations = useRef<Monaco.editor.IEditorDecorationsCollection | null>(null);

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane || !enabled) return;
    let cancelled = false;
    let detach: (() => void) | null = null;
    const attach = async () => {
      if (detach || !pane.querySelector(".monaco-editor")) return;
      const { monaco } = await import("@/lib/editor/monaco-setup");
      const editor = monaco.editor.getEditors().find((e) => pane.contains(e.getContainerDomNode()));
      if (cancelled || !editor || detach) return;
      const caretLine = () => (editor.hasTextFocus() ? (editor.getPosition()?.lineNumber ?? null) : null);
      const subscriptions = [
        editor.onMouseMove((e) => pointRef.current(e.target.position?.lineNumber ?? caretLine())),
        editor.onMouseLeave(() => pointRef.current(caretLine())),
        editor.onDidChangeCursorPosition((e) => {
          if (editor.hasTextFocus()) pointRef.current(e.position.lineNumber);
        }),
        editor.onDidFocusEditorText(() => pointRef.current(caretLine())),
        editor.onDidBlurEditorText(() => pointRef.current(null)),
      ];
      decorations.current = editor.createDecorationsCollection();
      observer.disconnect();
      detach = () => {
        subscriptions.forEach((s) => s.dispose());
        decorations.current?.clear();
        decorations.current = null;
      };
    };
    const observer = new MutationObserver(() => void attach());
    observer.observe(pane, { childList: true, subtree: true });
    void attach();
    return () => {
      cancelled = true;
      observer.disconnect();
      detach?.();
    };
  }, [paneRef, enabled]);

  useEffect(() => {
    decorations.current?.set(
      marked.map((line) => ({
        range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
        options: { isWholeLine: true, className: "twin-line" },
      })),
    );
  });
}
