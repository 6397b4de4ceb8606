/**
 * Pointing at twin lines, wired to a playground's DOM: pointing at a line on one side (the mouse, the
 * editor's caret, a selection, or Up and Down in the Python view) marks it and its twin lines on the
 * other side. Loaded with the first Python view (./code-twin-frame.tsx), not with the page: a reader
 * who never turns Python on never downloads it.
 */
import { alignLines, twinLines, type LineAnchor, type LinePair } from "@/lib/twin/align-lines";
import { CARET_LINE_EVENT } from "@/lib/editor/caret-line-event";
import { linkMonacoTwin } from "./monaco-link";

/** The playground's parts that take part in the pairing. */
export interface TwinParts {
  /** The frame; it carries the marked lines as `data-twin-ts` and `data-twin-py` (space-separated). */
  frame: HTMLElement;
  /** The TypeScript view: the static code, the Monaco editor or the phone's CodeMirror editor. */
  ts: HTMLElement;
  /** The Python view, focusable. */
  py: HTMLElement;
  python: string;
  anchors: readonly LineAnchor[];
}

/** A live pairing: give it the reader's code as it changes, or let go of the DOM. */
export interface TwinPointing {
  setCode(code: string): void;
  dispose(): void;
}

type Side = "ts" | "py";

// Shiki writes one span.line per line of code.
const linesOf = (root: Element) => Array.from(root.querySelectorAll("pre.shiki code > .line"));
const lineOfTarget = (root: Element, target: EventTarget | null) => {
  const line = target instanceof Element ? target.closest(".line") : null;
  const index = line ? linesOf(root).indexOf(line) : -1;
  return index < 0 ? null : index + 1;
};

export function pointTwins({ frame, ts, py, python, anchors }: TwinParts, code: string): TwinPointing {
  let pairs: LinePair[] = alignLines(code, python, anchors);
  let pointer: { side: Side; line: number } | null = null;

  const render = () => {
    const other = pointer ? twinLines(pairs, pointer.side, pointer.line) : [];
    const own = pointer ? [pointer.line] : [];
    const marked = pointer?.side === "py" ? { ts: other, py: own } : { ts: own, py: other };
    frame.dataset.twinTs = marked.ts.join(" ");
    frame.dataset.twinPy = marked.py.join(" ");
    const mark = (root: Element, lines: readonly number[]) =>
      linesOf(root).forEach((el, i) => el.classList.toggle("twin-line", lines.includes(i + 1)));
    mark(py, marked.py);
    mark(ts, marked.ts);
    monaco.mark(marked.ts);
  };
  const point = (side: Side, line: number | null) => {
    pointer = line === null ? null : { side, line };
    render();
  };
  const monaco = linkMonacoTwin(ts, (line) => point("ts", line));

  // Only a line counts: the gaps between lines (and Monaco's own lines, which it reports itself) leave the mark.
  const hover = (side: Side, root: Element) => (event: Event) => {
    const line = lineOfTarget(root, event.target);
    if (line) point(side, line);
  };
  const leave = () => point("ts", null);
  // The phone editor says where its caret is (CARET_LINE_EVENT), so CodeMirror is not needed here.
  const caret = (event: Event) => {
    if (event instanceof CustomEvent && typeof event.detail === "number") point("ts", event.detail);
  };
  const walk = (event: Event) => {
    if (!(event instanceof KeyboardEvent) || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
    event.preventDefault();
    const from = pointer?.side === "py" ? pointer.line : 0;
    const line = Math.min(linesOf(py).length, Math.max(1, from + (event.key === "ArrowDown" ? 1 : -1)));
    point("py", line);
    linesOf(py)[line - 1]?.scrollIntoView({ block: "nearest" });
  };
  // A selection made with the mouse or the keyboard in the Python view points at its line.
  const select = () => {
    const node = document.getSelection()?.focusNode;
    const element = node instanceof Element ? node : node?.parentElement;
    if (element && py.contains(element)) {
      const line = lineOfTarget(py, element);
      if (line) point("py", line);
    }
  };

  const listeners: [EventTarget, string, (event: Event) => void][] = [
    [ts, "mouseover", hover("ts", ts)],
    [ts, "mouseleave", leave],
    [ts, CARET_LINE_EVENT, caret],
    [py, "mouseover", hover("py", py)],
    [py, "mouseleave", leave],
    [py, "keydown", walk],
    [py, "blur", leave],
    [document, "selectionchange", select],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  // A line the mouse already rests on (it got there while this module loaded) counts at once.
  const hovered = (root: Element) => {
    const line = root.querySelector("pre.shiki code > .line:hover");
    return line ? lineOfTarget(root, line) : null;
  };
  const pyLine = hovered(py);
  const tsLine = pyLine === null ? hovered(ts) : null;
  if (pyLine !== null) point("py", pyLine);
  else if (tsLine !== null) point("ts", tsLine);
  else render();

  return {
    setCode(next) {
      pairs = alignLines(next, python, anchors);
      render();
    },
    dispose() {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
      pointer = null;
      render();
      monaco.dispose();
    },
  };
}
