"use client";

import { useEffect, useRef } from "react";
import { defaultKeymap, history, historyKeymap, insertNewlineAndIndent } from "@codemirror/commands";
import { typescriptLanguage } from "@codemirror/lang-javascript";
import { indentUnit, syntaxHighlighting } from "@codemirror/language";
import { Compartment, EditorState, Prec, RangeSet, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, keymap, lineNumbers, type DecorationSet } from "@codemirror/view";
import { tagHighlighter, tags } from "@lezer/highlight";
import { CARET_LINE_EVENT } from "@/lib/editor/caret-line-event";
import type { EditorProps } from "./editor-props";
import "./codemirror-editor.css";
import { useLatest } from "./use-latest";

/** A line to mark: the failed run's error (red) or where a stepped run waits (blue), with why. */
interface LineMark {
  line: number;
  className: "playground-error-line" | "playground-paused-line";
  title: string;
}

// Token classes coloured in ./codemirror-editor.css for both themes, so the site's theme toggle needs
// nothing from here. Few colours, as in the site's static code; the rest is plain text.
const highlighter = tagHighlighter([
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: [tags.string, tags.regexp, tags.special(tags.string)], class: "tok-string" },
  { tag: [tags.number, tags.bool, tags.atom, tags.null], class: "tok-number" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], class: "tok-function" },
  { tag: [tags.typeName, tags.className], class: "tok-type" },
]);

const setMarks = StateEffect.define<readonly LineMark[]>();

// The marked lines, mapped through edits so a mark stays on its line while the reader types above it.
const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setMarks)) continue;
      const ranges = effect.value
        .filter((mark) => mark.line >= 1 && mark.line <= tr.state.doc.lines)
        .map((mark) =>
          Decoration.line({ class: mark.className, attributes: { title: mark.title } }).range(
            tr.state.doc.line(mark.line).from,
          ),
        )
        .sort((a, b) => a.from - b.from);
      next = RangeSet.of(ranges);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * The editor on phone-sized screens: CodeMirror 6, which phones handle well (native selection and
 * the system keyboard, long lines wrapped) where Monaco is cramped and heavy. Loaded by
 * editor-surface.tsx only when a phone shows a playground, so no page pays for it before that. Tab is left
 * to the browser, so it always moves the focus out of the editor.
 */
export default function CodeMirrorEditor({
  value,
  onChange,
  onRun,
  error,
  paused = null,
  label,
  onReady,
  readOnly = false,
}: EditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const readOnlyRef = useRef(new Compartment());
  const callbacks = useLatest({ onChange, onRun, onReady });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          indentUnit.of("  "),
          EditorState.tabSize.of(2),
          // The language alone, not javascript(): its completions and JSX tag closing are not used here.
          typescriptLanguage,
          syntaxHighlighting(highlighter),
          EditorView.lineWrapping,
          // tabindex as well as contenteditable: axe (like some screen readers) counts only that as
          // focusable, and a long script makes the editor a scrolling region that needs focusable content.
          EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" }),
          readOnlyRef.current.of(readOnlyExtensions(readOnly)),
          marksField,
          // Above the default keymap, whose Mod-Enter inserts a blank line.
          Prec.highest(
            keymap.of([
              {
                key: "Mod-Enter",
                run: () => {
                  callbacks.current.onRun();
                  return true;
                },
              },
            ]),
          ),
          keymap.of([{ key: "Enter", run: insertNewlineAndIndent }, ...defaultKeymap, ...historyKeymap]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
            // The caret's line, for the Python view's line pairing (components/twin/twin-pointing.ts).
            if ((update.selectionSet || update.focusChanged) && update.view.hasFocus) {
              const line = update.state.doc.lineAt(update.state.selection.main.head).number;
              host.dispatchEvent(new CustomEvent(CARET_LINE_EVENT, { bubbles: true, detail: line }));
            }
          }),
        ],
      }),
    });
    viewRef.current = view;
    callbacks.current.onReady();
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The view is created once per mount; later changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: readOnlyRef.current.reconfigure(readOnlyExtensions(readOnly)) });
  }, [readOnly]);

  useEffect(() => {
    const view = viewRef.current;
    if (view && view.state.doc.toString() !== value) {
      // A change (not a new state) so Reset can be undone with Ctrl+Z.
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
    }
  }, [value]);

  const errorLine = error?.line ?? null;
  const errorTitle = error ? `${error.type}: ${error.message}` : "";
  const pausedLine = paused?.line ?? null;
  const pausedText = paused?.text ?? "";
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const marks: LineMark[] = [];
    if (errorLine) marks.push({ line: errorLine, className: "playground-error-line", title: errorTitle });
    if (pausedLine) marks.push({ line: pausedLine, className: "playground-paused-line", title: pausedText });
    view.dispatch({ effects: setMarks.of(marks) });
    const reveal = marks.at(-1)?.line;
    if (reveal) revealInEditor(view, reveal);
  }, [errorLine, errorTitle, pausedLine, pausedText]);

  return (
    <div>
      <div ref={hostRef} className="playground-codemirror" data-testid="codemirror-host" />
      {paused ? (
        <p
          className="border-t border-sky-300 px-2 py-1 text-xs text-sky-800 dark:border-sky-800 dark:text-sky-200"
          data-testid="paused-line"
        >
          {paused.text}
        </p>
      ) : null}
      {error?.line ? (
        <p
          className="border-t border-red-300 px-2 py-1 text-xs text-red-700 dark:border-red-800 dark:text-red-300"
          data-testid="error-line-note"
        >
          Line {error.line}: {error.type}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Scrolls the editor's own scroller (when the script is longer than the editor) so `line` shows, as
 * Monaco's revealLineInCenterIfOutsideViewport does. Not EditorView.scrollIntoView: that scrolls the
 * page too, away from the error box the playground has just brought into view.
 */
function revealInEditor(view: EditorView, line: number) {
  if (line > view.state.doc.lines) return;
  const block = view.lineBlockAt(view.state.doc.line(line).from);
  const scroller = view.scrollDOM;
  const top = block.top + view.documentPadding.top;
  if (top >= scroller.scrollTop && top + block.height <= scroller.scrollTop + scroller.clientHeight) return;
  scroller.scrollTop = Math.max(0, top - (scroller.clientHeight - block.height) / 2);
}

// Read-only (an embed with `readonly`) still takes the focus, so the code can be read and selected
// from the keyboard.
function readOnlyExtensions(readOnly: boolean) {
  return readOnly ? [EditorState.readOnly.of(true), EditorView.contentAttributes.of({ "aria-readonly": "true" })] : [];
}
