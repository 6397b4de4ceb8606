/**
 * Links the twin highlighting to the Monaco editor inside `pane`, once the playground has put one
 * there: hovering a line or moving the caret reports it (`pointAt`), and `mark` decorates lines. The
 * editor is found through Monaco's own registry, so the editor component needs no change. Loaded only
 * when the reader turns the Python view on (with ./twin-pointing.ts): Monaco is already
 * loaded by then, and phones, which get CodeMirror, never load it.
 */
import type * as Monaco from "monaco-editor/editor/editor.api";

/** A live link: decorate lines, or let go of the editor. */
export interface MonacoTwinLink {
  mark(lines: readonly number[]): void;
  dispose(): void;
}

export function linkMonacoTwin(pane: HTMLElement, pointAt: (line: number | null) => void): MonacoTwinLink {
  let cancelled = false;
  let detach: (() => void) | null = null;
  let decorations: Monaco.editor.IEditorDecorationsCollection | null = null;
  let marked: readonly number[] = [];
  const draw = () =>
    decorations?.set(
      marked.map((line) => ({
        range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
        options: { isWholeLine: true, className: "twin-line" },
      })),
    );
  const attach = async () => {
    if (detach || !pane.querySelector(".monaco-editor")) return;
    const { monaco } = await import("@/lib/editor/monaco-setup");
    const editor = monaco.editor.getEditors().find((e) => pane.contains(e.getContainerDomNode()));
    if (cancelled || !editor || detach) return;
    const caretLine = () => (editor.hasTextFocus() ? (editor.getPosition()?.lineNumber ?? null) : null);
    const subscriptions = [
      editor.onMouseMove((e) => pointAt(e.target.position?.lineNumber ?? caretLine())),
      editor.onMouseLeave(() => pointAt(caretLine())),
      editor.onDidChangeCursorPosition((e) => {
        if (editor.hasTextFocus()) pointAt(e.position.lineNumber);
      }),
      editor.onDidFocusEditorText(() => pointAt(caretLine())),
      editor.onDidBlurEditorText(() => pointAt(null)),
    ];
    decorations = editor.createDecorationsCollection();
    draw();
    observer.disconnect();
    detach = () => {
      subscriptions.forEach((s) => s.dispose());
      decorations?.clear();
      decorations = null;
    };
  };
  // The editor may come in later than the Python view is turned on (it loads with the live playground).
  const observer = new MutationObserver(() => void attach());
  observer.observe(pane, { childList: true, subtree: true });
  void attach();
  return {
    mark(lines) {
      marked = lines;
      draw();
    },
    dispose() {
      cancelled = true;
      observer.disconnect();
      detach?.();
    },
  };
}
