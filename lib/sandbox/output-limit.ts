/**
 * What the sandbox sends the page of a run's output, at most. Streamlit itself sends a browser
 * every element a script draws, however many; a tab then slows to a crawl (100,000 `st.text`
 * calls froze the playground for tens of seconds). The sandbox sends the first
 * {@link MAX_ELEMENTS} elements, then one warning that says how many were left out, and cuts any
 * one text longer than {@link MAX_TEXT} characters. The run itself is untouched: its caches, its
 * error and its mutation warning are what they would be without the limit.
 */
import type { Element, RunProgress, RunResult, ScriptError, StepRecord, TerminalLine } from "../streamlit/types";

/** Most elements of one run the page is sent. */
export const MAX_ELEMENTS = 2_000;

/** Longest text of one element the page is sent, in characters. */
export const MAX_TEXT = 100_000;

/** Longest label (of a widget or metric), spinner text, code language or error type, in characters. */
export const MAX_LABEL = 1_000;

/** Most options of one selectbox the page is sent; a `<select>` of 200,000 froze the page. */
export const MAX_OPTIONS = 1_000;

/** Most terminal lines (console output) of one run the page is sent. */
export const MAX_TERMINAL_LINES = 1_000;

/** Longest terminal line the page is sent, in characters. */
export const MAX_TERMINAL_TEXT = 10_000;

/** `text` cut to `max` characters with an ellipsis (for one-line texts: labels, names). */
export function limitLabel(text: string, max = MAX_LABEL): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** A script error (a run's, an exception element's, a late one) with its type and message cut to size. */
export function limitError(error: ScriptError): ScriptError {
  if (error.message.length <= MAX_TEXT && error.type.length <= MAX_LABEL) return error;
  return { ...error, type: limitLabel(error.type), message: limitText(error.message) };
}

/** `text`, cut to {@link MAX_TEXT} characters with a note of how many were left out. */
export function limitText(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  const left = text.length - MAX_TEXT;
  return `${text.slice(0, MAX_TEXT)}\n… ${left.toLocaleString("en")} more characters not shown (the playground shows ${MAX_TEXT.toLocaleString("en")} at most)`;
}

/** One element with its texts cut to size; a JSON value too big to show becomes its cut text. */
export function limitElement(element: Element): Element {
  switch (element.type) {
    case "title":
    case "header":
    case "subheader":
    case "markdown":
    case "text":
    case "caption":
    case "error":
    case "warning":
    case "info":
    case "success":
      return element.body.length > MAX_TEXT ? { ...element, body: limitText(element.body) } : element;
    case "code":
      return element.body.length > MAX_TEXT || element.language.length > MAX_LABEL
        ? { ...element, body: limitText(element.body), language: limitLabel(element.language, 40) }
        : element;
    case "exception": {
      const error = limitError(element.error);
      return error === element.error ? element : { ...element, error };
    }
    case "metric":
      return element.label.length > MAX_LABEL ||
        element.value.length > MAX_LABEL ||
        (element.delta?.length ?? 0) > MAX_LABEL
        ? {
            ...element,
            label: limitLabel(element.label),
            value: limitLabel(element.value),
            ...(element.delta !== undefined ? { delta: limitLabel(element.delta) } : {}),
          }
        : element;
    case "selectbox": {
      const long = element.options.length > MAX_OPTIONS || element.options.some((o) => o.length > MAX_LABEL);
      if (!long && element.label.length <= MAX_LABEL) return element;
      // The chosen option stays in the list, so the page can show it; past the cut, it comes last.
      const kept = element.options.slice(0, MAX_OPTIONS);
      const index = element.index < MAX_OPTIONS ? element.index : kept.length;
      if (element.index >= MAX_OPTIONS) kept.push(element.options[element.index]);
      return {
        ...element,
        label: limitLabel(element.label),
        options: kept.map((o) => limitLabel(o)),
        index,
        ...(element.options.length > kept.length ? { optionsLeftOut: element.options.length - kept.length } : {}),
      };
    }
    case "textInput":
      return element.label.length > MAX_LABEL || element.value.length > MAX_TEXT
        ? { ...element, label: limitLabel(element.label), value: limitText(element.value) }
        : element;
    case "button":
    case "checkbox":
    case "slider":
      return element.label.length > MAX_LABEL ? { ...element, label: limitLabel(element.label) } : element;
    case "json": {
      const text = JSON.stringify(element.value, null, 2) ?? "null";
      return text.length > MAX_TEXT ? { type: "code", language: "json", body: limitText(text) } : element;
    }
    default:
      return element;
  }
}

/** The warning that stands in for the elements left out. */
export function limitNotice(total: number): Element {
  return {
    type: "warning",
    body: `Cache Lab shows the first ${MAX_ELEMENTS.toLocaleString("en")} of the ${total.toLocaleString("en")} elements this run drew. Streamlit would send them all, but a browser tab slows to a crawl long before that, so the playground stops here.`,
    limit: { shown: MAX_ELEMENTS, total },
  };
}

/** One terminal line with its text cut to {@link MAX_TERMINAL_TEXT} characters. */
export function limitTerminalLine(line: TerminalLine): TerminalLine {
  return line.text.length <= MAX_TERMINAL_TEXT ? line : { ...line, text: limitLabel(line.text, MAX_TERMINAL_TEXT) };
}

/**
 * A run's terminal as the page gets it: its first {@link MAX_TERMINAL_LINES} lines, each cut to
 * size, and how many were left out (with those the run itself left out).
 */
export function limitTerminal(result: RunResult): Pick<RunResult, "terminal" | "terminalLeftOut"> {
  const lines = result.terminal ?? [];
  const leftOut = (result.terminalLeftOut ?? 0) + Math.max(0, lines.length - MAX_TERMINAL_LINES);
  return {
    ...(lines.length > 0 ? { terminal: lines.slice(0, MAX_TERMINAL_LINES).map(limitTerminalLine) } : {}),
    ...(leftOut > 0 ? { terminalLeftOut: leftOut } : {}),
  };
}

const isMutationWarning = (element: Element) => element.type === "warning" && element.mutation !== undefined;

/**
 * A run's result as the page gets it: at most {@link MAX_ELEMENTS} elements, then the notice and
 * the run's mutation warnings (which come last, and must not be lost), every text cut to size.
 */
export function limitResult(result: RunResult): RunResult {
  const { elements } = result;
  const drawn = elements.filter((e) => !isMutationWarning(e));
  const cut = drawn.length > MAX_ELEMENTS;
  const kept = cut
    ? [...drawn.slice(0, MAX_ELEMENTS), limitNotice(drawn.length), ...elements.filter(isMutationWarning)]
    : elements;
  const sized = kept.map(limitElement);
  const error = result.error && limitError(result.error);
  const terminal = result.terminal ?? [];
  const terminalFits =
    terminal.length <= MAX_TERMINAL_LINES && terminal.every((line) => line.text.length <= MAX_TERMINAL_TEXT);
  if (!cut && terminalFits && error === result.error && sized.every((e, i) => e === elements[i])) return result;
  const limited: RunResult = { ...result, elements: sized, ...(error ? { error } : {}) };
  delete limited.terminal;
  delete limited.terminalLeftOut;
  return { ...limited, ...limitTerminal(result) };
}

/**
 * A filter for a run's streamed progress: elements past {@link MAX_ELEMENTS} and terminal lines
 * past {@link MAX_TERMINAL_LINES} are not streamed (the result brings the notice and the count),
 * and streamed ones are cut to size. Returns null to drop one.
 */
export function createProgressLimiter(): (progress: RunProgress) => RunProgress | null {
  let streamed = 0;
  let printed = 0;
  return (progress) => {
    if (progress.kind === "terminal") {
      if (++printed > MAX_TERMINAL_LINES) return null;
      const line = limitTerminalLine(progress.line);
      return line === progress.line ? progress : { ...progress, line };
    }
    if (progress.kind === "spinner-start")
      return progress.text.length > MAX_LABEL ? { ...progress, text: limitLabel(progress.text) } : progress;
    if (progress.kind !== "element") return progress;
    if (isMutationWarning(progress.element)) return progress;
    if (++streamed > MAX_ELEMENTS) return null;
    const element = limitElement(progress.element);
    return element === progress.element ? progress : { ...progress, element };
  };
}

/**
 * Most steps of one interleaved run the page is sent when it runs on its own (all at once, or
 * "Run to end"): a loop whose body spans lines makes a step per line per pass. Steps the reader
 * takes one by one are always sent.
 */
export const MAX_TIMELINE_STEPS = 1_000;

/** Most calls and shown elements one timeline step lists; a loop on one line can make 100,000. */
export const MAX_STEP_ITEMS = 20;

const firstItems = (items: string[]) =>
  items.length <= MAX_STEP_ITEMS
    ? items
    : [...items.slice(0, MAX_STEP_ITEMS), `… and ${(items.length - MAX_STEP_ITEMS).toLocaleString("en")} more`];

/** A timeline step as the page gets it: its calls and what it showed, the first few of each, cut to size. */
export function limitStep(step: StepRecord): StepRecord {
  const error = step.error && limitError(step.error);
  if (
    step.calls.length <= MAX_STEP_ITEMS &&
    step.saw.length <= MAX_STEP_ITEMS &&
    step.saw.every((s) => s.length <= 200) &&
    error === step.error
  )
    return step;
  return {
    ...step,
    calls: firstItems(step.calls).map((s) => limitLabel(s, 200)),
    saw: firstItems(step.saw).map((s) => limitLabel(s, 200)),
    ...(error ? { error } : {}),
  };
}
