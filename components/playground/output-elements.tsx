"use client";

import { useState } from "react";
import { MAX_OPTIONS } from "@/lib/sandbox/output-limit";
import type { RowBlock } from "@/lib/sandbox/table-window";
import type { Element, ScriptError } from "@/lib/streamlit/types";
import { DataFrameTable } from "./dataframe-table";
import { InlineMarkdown } from "./inline-markdown";
import { MarkdownBody } from "./markdown-body";
import type { WidgetChange } from "@/lib/playground/widgets";

/** Props of {@link OutputElement}. */
export interface OutputElementProps {
  element: Element;
  /** Position in the output, for accessible names ("DataFrame 2"). */
  position: number;
  /** The source of the run that produced the element, to quote the failing line. */
  source: string;
  /** A widget changed: rerun with this value (a clicked button is `true` for one run). */
  onWidget: (change: WidgetChange) => void;
  /** Widgets are disabled while a run is going, as Streamlit greys them out. */
  disabled: boolean;
  /** Fetches more rows of this element's table (big tables arrive with their first rows only). */
  loadRows?: (start: number, end: number) => Promise<RowBlock | null>;
}

const ALERT_STYLES = {
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100",
  warning: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100",
  info: "border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/50 dark:text-sky-100",
  success:
    "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100",
} as const;

const FIELD = "rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900";

/**
 * The React key of the element at `position`. A rerun patches the output in place, as Streamlit
 * does: an element that stays at its place keeps its DOM node (a table its scroll position, a
 * text input its focus), and only what changed is redrawn. A widget is keyed by its id too, so a
 * different widget at the same place (another label or default) starts fresh.
 */
export function outputKey(element: Element, position: number): string {
  return "id" in element ? `${position}:${element.type}:${element.id}` : `${position}:${element.type}`;
}

/** One element of a script's output, drawn the way Streamlit draws it. */
export function OutputElement({ element, position, source, onWidget, disabled, loadRows }: OutputElementProps) {
  switch (element.type) {
    case "title":
      return <p className="my-2 text-2xl font-bold">{element.body}</p>;
    case "header":
      return <p className="my-2 text-xl font-semibold">{element.body}</p>;
    case "subheader":
      return <p className="my-2 text-lg font-semibold">{element.body}</p>;
    case "markdown":
      return <MarkdownBody text={element.body} allowHtml={element.unsafeAllowHtml === true} />;
    case "text":
      return <pre className="my-1 font-mono text-sm whitespace-pre-wrap">{element.body}</pre>;
    case "caption":
      return <p className="my-1 text-xs text-zinc-600 dark:text-zinc-400">{element.body}</p>;
    case "code":
      return (
        <pre tabIndex={0} className="my-2 overflow-auto rounded bg-zinc-100 p-2 font-mono text-sm dark:bg-zinc-800">
          <code>{element.body}</code>
        </pre>
      );
    case "json":
      return (
        <pre tabIndex={0} className="my-2 overflow-auto rounded bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-800">
          {JSON.stringify(element.value, null, 2)}
        </pre>
      );
    case "dataframe":
    case "table":
      return <DataFrameTable table={element.table} label={`DataFrame ${position + 1}`} loadRows={loadRows} />;
    case "metric":
      return (
        <div className="my-2">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{element.label}</p>
          <p className="text-3xl">{element.value}</p>
          {element.delta ? (
            <p className={element.delta.startsWith("-") ? "text-red-600" : "text-emerald-600"}>{element.delta}</p>
          ) : null}
        </div>
      );
    case "error":
    case "warning":
    case "info":
    case "success":
      return (
        <div
          role={element.type === "error" ? "alert" : "note"}
          data-testid={element.mutation ? "mutation-warning" : element.limit ? "output-limit" : `alert-${element.type}`}
          className={`my-2 rounded border p-3 text-sm ${ALERT_STYLES[element.type]}`}
        >
          <InlineMarkdown text={element.body} />
        </div>
      );
    case "exception":
      // Another exception at the same place starts folded again.
      return (
        <ExceptionBox
          key={`${element.error.type}:${element.error.line ?? ""}:${element.error.message.length}`}
          error={element.error}
          source={source}
        />
      );
    case "divider":
      return <hr className="my-3 border-zinc-200 dark:border-zinc-700" />;
    case "button":
      return (
        <button
          type="button"
          disabled={disabled}
          data-widget-id={element.id}
          onClick={() => onWidget({ id: element.id, value: true, momentary: true })}
          className="my-1 rounded border border-zinc-300 px-3 py-1 text-sm hover:border-red-400 hover:text-red-600 disabled:opacity-50 dark:border-zinc-600"
        >
          {element.label}
        </button>
      );
    case "checkbox":
      return (
        <label className="my-1 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={element.value}
            disabled={disabled}
            data-widget-id={element.id}
            onChange={(e) => onWidget({ id: element.id, value: e.currentTarget.checked, momentary: false })}
          />
          {element.label}
        </label>
      );
    case "textInput":
      return (
        <label className="my-1 flex flex-col gap-1 text-sm">
          {element.label}
          <input
            type="text"
            defaultValue={element.value}
            disabled={disabled}
            data-widget-id={element.id}
            className={FIELD}
            onKeyDown={(e) =>
              e.key === "Enter" && onWidget({ id: element.id, value: e.currentTarget.value, momentary: false })
            }
            onBlur={(e) =>
              e.currentTarget.value !== element.value &&
              onWidget({ id: element.id, value: e.currentTarget.value, momentary: false })
            }
          />
        </label>
      );
    case "slider":
      return (
        <label className="my-1 flex flex-col gap-1 text-sm">
          {element.label}: {element.value}
          <input
            type="range"
            min={element.min}
            max={element.max}
            step={element.step}
            defaultValue={element.value}
            disabled={disabled}
            data-widget-id={element.id}
            onPointerUp={(e) => onWidget({ id: element.id, value: Number(e.currentTarget.value), momentary: false })}
            onKeyUp={(e) => onWidget({ id: element.id, value: Number(e.currentTarget.value), momentary: false })}
          />
        </label>
      );
    case "selectbox":
      return (
        <label className="my-1 flex flex-col gap-1 text-sm">
          {element.label}
          <select
            value={element.index}
            disabled={disabled}
            data-widget-id={element.id}
            className={FIELD}
            onChange={(e) => onWidget({ id: element.id, value: Number(e.currentTarget.value), momentary: false })}
          >
            {element.options.map((option, i) => (
              <option key={i} value={i}>
                {option}
              </option>
            ))}
          </select>
          {element.optionsLeftOut ? (
            <span className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="options-left-out">
              The first {(element.options.length - (element.index >= MAX_OPTIONS ? 1 : 0)).toLocaleString("en")} options
              are listed; {element.optionsLeftOut.toLocaleString("en")} more are not (the playground lists{" "}
              {MAX_OPTIONS.toLocaleString("en")} at most).
            </span>
          ) : null}
        </label>
      );
  }
}

/**
 * Messages longer than this show folded, with a button for the rest: laying out fifty boxes of
 * 100,000 characters each (what the sandbox lets through) froze the page for seconds.
 */
export const FOLD_MESSAGE_AT = 2_000;

/** Streamlit's red exception box: Python-style type and message, and the reader's failing line. */
export function ExceptionBox({ error, source }: { error: ScriptError; source: string }) {
  const lineText = error.line ? source.split("\n")[error.line - 1] : undefined;
  const [whole, setWhole] = useState(false);
  const long = error.message.length > FOLD_MESSAGE_AT;
  return (
    <div role="alert" data-testid="exception" className={`my-2 rounded border p-3 text-sm ${ALERT_STYLES.error}`}>
      <p className="font-mono font-semibold break-words" data-testid="exception-text">
        {error.type}: {long && !whole ? `${error.message.slice(0, FOLD_MESSAGE_AT)}…` : error.message}
      </p>
      {long ? (
        <button
          type="button"
          className="mt-1 text-xs underline focus-visible:outline-2 focus-visible:outline-sky-500"
          aria-expanded={whole}
          onClick={() => setWhole(!whole)}
          data-testid="exception-unfold"
        >
          {whole
            ? "Show less of the message"
            : `Show the whole message (${error.message.length.toLocaleString("en")} characters)`}
        </button>
      ) : null}
      {error.line ? (
        <div className="mt-2 text-xs">
          <p data-testid="exception-line">
            Line {error.line}
            {error.column ? `, column ${error.column}` : ""} of your script:
          </p>
          {lineText !== undefined ? (
            <pre className="mt-1 rounded bg-red-100/70 p-2 font-mono break-words whitespace-pre-wrap dark:bg-red-900/40">
              {lineText.trim()}
            </pre>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
