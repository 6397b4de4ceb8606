"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type SyntheticEvent } from "react";
import type * as Align from "@/lib/twin/align-lines";
import "./code-twin.css";
import { DownloadAppButton } from "./download-app-button";
import { LangToggle } from "./lang-toggle";
import type { TwinProps } from "./twin-types";
import { useCodeLang } from "./use-code-lang";
import { useMonacoTwin } from "./use-monaco-twin";

/** Props of {@link CodeTwinFrame}. */
export interface CodeTwinFrameProps {
  /** The example's Python twin; without it the frame shows its children alone. */
  twin?: TwinProps;
  /** Example name, e.g. "mutation/uber-cache-data". */
  example: string;
  /** Heading of the playground, for labels. */
  title: string;
  /** The example's own TypeScript, to tell the reader's edits apart. */
  original: string;
  /** The TypeScript the reader sees now (edits included): lines are paired against it. */
  code: string;
  /** The TypeScript view: the static code, the editor, or both while the editor loads. */
  children: ReactNode;
}

type Pointer = { side: "ts" | "py"; line: number } | null;

// Shiki writes one span.line per line of code.
const linesOf = (root: Element | null) => Array.from(root?.querySelectorAll("pre.shiki code > .line") ?? []);
const lineOfTarget = (root: Element | null, target: EventTarget | null) => {
  const line = target instanceof Element ? target.closest(".line") : null;
  const index = line ? linesOf(root).indexOf(line) : -1;
  return index < 0 ? null : index + 1;
};
const caretLine = (area: HTMLTextAreaElement) => area.value.slice(0, area.selectionStart).split("\n").length;

/**
 * A playground's code area with its Python twin: the TypeScript | Python toggle, and in Python the
 * read-only twin beside the TypeScript (below it on narrow screens). Pointing at a line on one side
 * (mouse, the editor's caret, a selection, or the arrow keys in the Python view) marks it and its
 * twin lines on the other side. Lines are paired from the code's words, so edits keep their twins.
 */
export function CodeTwinFrame({ twin, example, title, code, original, children }: CodeTwinFrameProps) {
  const lang = useCodeLang();
  const tsRef = useRef<HTMLDivElement>(null);
  const pyRef = useRef<HTMLDivElement>(null);
  const [pointer, setPointer] = useState<Pointer>(null);
  const python = twin?.python ?? "";
  const anchors = twin?.anchors;
  const showing = lang === "python" && twin !== undefined;
  // The pairing code loads with the first Python view, not with the page (it is not needed before).
  const [align, setAlign] = useState<typeof Align | null>(null);
  useEffect(() => {
    if (showing && !align) void import("@/lib/twin/align-lines").then(setAlign);
  }, [showing, align]);
  const pairs = useMemo(
    () => (align && twin ? align.alignLines(code, python, anchors) : []),
    [align, twin, code, python, anchors],
  );

  const marked = useMemo(() => {
    if (!pointer || !align) return { ts: [], py: [] };
    const other = align.twinLines(pairs, pointer.side, pointer.line);
    return pointer.side === "ts" ? { ts: [pointer.line], py: other } : { ts: other, py: [pointer.line] };
  }, [pointer, pairs, align]);

  useMonacoTwin(tsRef, showing, (line) => setPointer(line === null ? null : { side: "ts", line }), marked.ts);
  useEffect(() => {
    const mark = (root: Element | null, lines: readonly number[]) =>
      linesOf(root).forEach((el, i) => el.classList.toggle("twin-line", lines.includes(i + 1)));
    mark(pyRef.current, marked.py);
    mark(tsRef.current, marked.ts);
  }, [marked]);
  useEffect(() => {
    if (!showing) return;
    // A selection made with the mouse or the keyboard in the Python view points at its line.
    const onSelection = () => {
      const node = document.getSelection()?.focusNode;
      const element = node instanceof Element ? node : node?.parentElement;
      if (!element || !pyRef.current?.contains(element)) return;
      const line = lineOfTarget(pyRef.current, element);
      if (line) setPointer({ side: "py", line });
    };
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, [showing]);

  if (!twin) return <>{children}</>;

  const onPyKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const from = pointer?.side === "py" ? pointer.line : 0;
    const line = Math.min(linesOf(pyRef.current).length, Math.max(1, from + (event.key === "ArrowDown" ? 1 : -1)));
    setPointer({ side: "py", line });
    pyRef.current?.querySelectorAll(".line")[line - 1]?.scrollIntoView({ block: "nearest" });
  };
  // Only a line counts: the gaps between lines (and Monaco's own lines, which it reports itself) leave the mark.
  const pointAt = (side: "ts" | "py", line: number | null) => {
    if (showing && line) setPointer({ side, line });
  };
  const onTextareaCaret = (event: SyntheticEvent) => {
    if (showing && event.target instanceof HTMLTextAreaElement)
      setPointer({ side: "ts", line: caretLine(event.target) });
  };

  return (
    <div
      id={`code-${example.replace(/\//g, "-")}`}
      className="code-twin flex min-w-0 flex-col gap-2"
      data-testid="code-twin"
      data-twin-ts={marked.ts.join(" ")}
      data-twin-py={marked.py.join(" ")}
    >
      <div className="flex flex-wrap items-center gap-2">
        <LangToggle title={title} />
        <DownloadAppButton title={title} input={() => ({ example, python, original, code })} />
      </div>
      <div className="code-twin-grid">
        <div className="code-twin-columns">
          <div
            ref={tsRef}
            className="min-w-0"
            onMouseOver={(event) => pointAt("ts", lineOfTarget(tsRef.current, event.target))}
            onMouseLeave={() => setPointer(null)}
            onKeyUp={onTextareaCaret}
            onClick={onTextareaCaret}
            data-testid="twin-ts"
          >
            {children}
          </div>
          <div className="code-twin-py min-w-0" data-testid="python-view">
            <p className="mb-1 text-xs text-zinc-600 dark:text-zinc-400">
              Python: the Streamlit code this mirrors (read-only)
            </p>
            <div
              ref={pyRef}
              className="rounded border border-zinc-200 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-700"
              tabIndex={0}
              role="group"
              aria-label={`Python twin of ${title}, read-only. Up and Down mark a line and its TypeScript twin.`}
              onMouseOver={(event) => pointAt("py", lineOfTarget(pyRef.current, event.target))}
              onMouseLeave={() => setPointer(null)}
              onKeyDown={onPyKey}
              onBlur={() => setPointer(null)}
            >
              {twin.pythonView}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
