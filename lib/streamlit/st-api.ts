/**
 * The `st` object a script sees, made fresh for every run and bound to it. Every call goes through
 * `run.beforeCall` first (the single hook point), then adds an element or reads a widget value.
 * Its type, {@link StApi}, lives in api.ts with the rest of what scripts see: `const st: StApi`
 * below is what keeps this implementation and the readers' declarations in step.
 */
import { createCachedFunction, showReleaseErrors } from "./cache/cached-function";
import type { CacheRegistry } from "./cache/cache-registry";
import type { CacheDataApi, CacheResourceApi, LockConstructor, MarkdownOptions, StApi } from "./api";
import { RerunSignal, StopSignal, StreamlitAPIException } from "./errors";
import type { RunContext } from "./run-context";
import { toScriptError } from "./script";
import { keyArg, labelArg, metricArg, numberArg, optionsArg, textArg } from "./st-args";
import { toJsonValue, toTableData } from "./table-data";
import type { JsonValue, WidgetElement, WidgetStates } from "./types";

/** Streamlit's CachedWidgetWarning text, with the TypeScript names of the decorators. */
const CACHED_WIDGET_WARNING =
  "Your script uses a widget command in a cached function\n(function decorated with `st.cacheData` or `st.cacheResource`).\n" +
  'This code will only be called when we detect a cache "miss",\nwhich can lead to unexpected results.\n\n' +
  "To fix this, move all widget commands outside the cached function.";

/** Where the st API keeps a session's state between runs. */
export interface SessionStore {
  /** `st.sessionState`: survives reruns, private to the session. */
  state: Record<string, unknown>;
  /** Current values of checkboxes, text inputs, sliders and selectboxes, by widget id. */
  widgets: Map<string, JsonValue>;
}

/** What a run's st object is built from. */
export interface StApiDeps {
  run: RunContext;
  registry: CacheRegistry;
  session: SessionStore;
  /** Widget values sent with this run (a clicked button is `true` here, for this run only). */
  incoming: WidgetStates;
  /** The server's lock class (one per server, so sessions share it). */
  Lock: LockConstructor;
}

/** Builds the st object for one run. */
export function createStApi({ run, registry, session, incoming, Lock }: StApiDeps): StApi {
  const widgetIds = new Map<string, number>();
  const widgetId = (type: string, label: string, key?: string): string => {
    const base = key ?? `${type}:${label}`;
    const seen = widgetIds.get(base) ?? 0;
    widgetIds.set(base, seen + 1);
    return seen === 0 ? base : `${base}#${seen + 1}`;
  };
  const stored = <T extends JsonValue>(id: string, fallback: T, accept: (v: JsonValue) => boolean): T => {
    const value = session.widgets.get(id);
    if (value !== undefined && accept(value)) return value as T;
    session.widgets.set(id, fallback);
    return fallback;
  };
  const call = (name: string) => run.beforeCall(`st.${name}`);
  const textElement = (type: "title" | "header" | "subheader" | "markdown" | "caption" | "text") => (body: unknown) => {
    call(type);
    run.emit({ type, body: textArg(`st.${type}`, "body", body) });
  };
  const alert = (type: "error" | "warning" | "info" | "success") => (body: string) => {
    call(type);
    run.emit({ type, body: textArg(`st.${type}`, "body", body) });
  };
  // Every widget's label and key are checked the same way, before its id is made from them.
  const widgetBase = (type: string, label: unknown, options: unknown) => {
    const checkedLabel = labelArg(label);
    const settings = (options ?? {}) as Record<string, unknown>;
    if (typeof settings !== "object")
      throw new StreamlitAPIException(`st.${type}: its options must be an object, such as { key: "name" }.`);
    return { label: checkedLabel, id: widgetId(type, checkedLabel, keyArg(`st.${type}`, settings.key)), settings };
  };
  const table = (type: "dataframe" | "table") => (data: unknown) => {
    call(type);
    const converted = toTableData(data);
    if (!converted)
      throw new StreamlitAPIException(`st.${type} expects a DataFrame, Series, array or object of columns`);
    run.emit({ type, table: converted });
  };
  const widget = (element: WidgetElement) => {
    // Streamlit's check_cache_replay_rules (elements/lib/policies.py): a widget inside a cached
    // function gets CachedWidgetWarning, drawn through st.exception, and still works.
    if (run.cacheDepth > 0)
      run.emit({ type: "exception", error: { type: "CachedWidgetWarning", message: CACHED_WIDGET_WARNING } });
    run.emit(element);
  };

  const cacheData = ((fn, options) => {
    call("cacheData");
    return createCachedFunction(registry, "data", fn, options ?? {}, run);
  }) as CacheDataApi;
  cacheData.clear = () => {
    call("cacheData.clear");
    registry.clearKind("data", (event) => run.event(event));
  };
  const cacheResource = ((fn, options) => {
    call("cacheResource");
    return createCachedFunction(registry, "resource", fn, (options ?? {}) as never, run);
  }) as CacheResourceApi;
  cacheResource.clear = () => {
    call("cacheResource.clear");
    showReleaseErrors(
      run,
      registry.clearKind("resource", (event) => run.event(event)),
    );
  };

  const st: StApi = {
    cacheData,
    cacheResource,
    sessionState: session.state,
    title: textElement("title"),
    header: textElement("header"),
    subheader: textElement("subheader"),
    markdown: (body: unknown, options?: MarkdownOptions) => {
      call("markdown");
      const text = textArg("st.markdown", "body", body);
      if (options !== undefined && (typeof options !== "object" || options === null))
        throw new StreamlitAPIException(
          `st.markdown: its options must be an object, such as { unsafeAllowHtml: true }.`,
        );
      run.emit({
        type: "markdown",
        body: text,
        ...(options?.unsafeAllowHtml === true ? { unsafeAllowHtml: true } : {}),
      });
    },
    caption: textElement("caption"),
    text: textElement("text"),
    write: (...values) => {
      call("write");
      for (const value of values) {
        if (typeof value === "string") run.emit({ type: "markdown", body: value });
        else if (
          typeof value === "number" ||
          typeof value === "boolean" ||
          typeof value === "bigint" ||
          value == null
        ) {
          run.emit({ type: "markdown", body: String(value) });
        } else if (value instanceof Error)
          run.emit({ type: "exception", error: toScriptError(value, run.fileName, run) });
        else {
          const tableData = toTableData(value);
          if (tableData && !Array.isArray(value)) run.emit({ type: "dataframe", table: tableData });
          else run.emit({ type: "json", value: toJsonValue(value) });
        }
      }
    },
    code: (body, language = "typescript") => {
      call("code");
      run.emit({
        type: "code",
        body: textArg("st.code", "body", body),
        language: language === null ? "text" : textArg("st.code", "language", language),
      });
    },
    json: (value) => {
      call("json");
      run.emit({ type: "json", value: toJsonValue(value) });
    },
    dataframe: table("dataframe"),
    table: table("table"),
    metric: (label, value, delta) => {
      call("metric");
      const shownDelta = metricArg("delta", delta);
      // Streamlit shows an em dash for a metric without a value.
      run.emit({
        type: "metric",
        label: labelArg(label),
        value: metricArg("value", value) ?? "—",
        ...(shownDelta !== undefined ? { delta: shownDelta } : {}),
      });
    },
    error: alert("error"),
    warning: alert("warning"),
    info: alert("info"),
    success: alert("success"),
    exception: (error) => {
      call("exception");
      run.emit({ type: "exception", error: toScriptError(error, run.fileName, run) });
    },
    divider: () => {
      call("divider");
      run.emit({ type: "divider" });
    },
    spinner: async (text, work) => {
      call("spinner");
      const hide = run.spinner(textArg("st.spinner", "text", text));
      try {
        return await work();
      } finally {
        hide();
      }
    },
    button: (label, options) => {
      call("button");
      const { id, label: shown } = widgetBase("button", label, options);
      const value = incoming[id] === true;
      widget({ type: "button", id, label: shown, value });
      return value;
    },
    checkbox: (label, options) => {
      call("checkbox");
      const { id, label: shown, settings } = widgetBase("checkbox", label, options);
      const value = stored(id, Boolean(settings.value ?? false), (v) => typeof v === "boolean");
      widget({ type: "checkbox", id, label: shown, value });
      return value;
    },
    textInput: (label, options) => {
      call("textInput");
      const { id, label: shown, settings } = widgetBase("textInput", label, options);
      const initial =
        settings.value === undefined || settings.value === null ? "" : textArg("st.textInput", "value", settings.value);
      const value = stored(id, initial, (v) => typeof v === "string");
      widget({ type: "textInput", id, label: shown, value });
      return value;
    },
    slider: (label, options) => {
      call("slider");
      const { id, label: shown, settings } = widgetBase("slider", label, options);
      const min = numberArg("st.slider", "min", settings.min, 0);
      const max = numberArg("st.slider", "max", settings.max, 100);
      const step = numberArg("st.slider", "step", settings.step, 1);
      const initial = numberArg("st.slider", "value", settings.value, min);
      // Streamlit's own checks and wording (elements/widgets/slider.py).
      if (min >= max)
        throw new StreamlitAPIException(
          `Slider \`min\` must be less than the \`max\`. The value of \`min\` is ${min}. The value of \`max\` is ${max}.`,
        );
      if (step <= 0) throw new StreamlitAPIException("Slider components cannot be passed a `step` of 0 or less.");
      if (initial < min || initial > max)
        throw new StreamlitAPIException(
          `The default \`value\` of ${initial} must lie between the \`min\` of ${min} and the \`max\` of ${max}, inclusively.`,
        );
      const value = stored(id, initial, (v) => typeof v === "number" && v >= min && v <= max);
      widget({ type: "slider", id, label: shown, min, max, step, value });
      return value;
    },
    selectbox: (label, choices, settings) => {
      call("selectbox");
      const { id, label: shown, settings: given } = widgetBase("selectbox", label, settings);
      const { values, labels } = optionsArg("st.selectbox", choices);
      const start = numberArg("st.selectbox", "index", given.index, 0);
      if (values.length > 0 && (!Number.isInteger(start) || start < 0 || start >= values.length)) {
        throw new StreamlitAPIException(
          "Selectbox index must be greater than or equal to 0 and less than the length of options.",
        );
      }
      // The page may send either the chosen index or the chosen option's text.
      const raw = session.widgets.get(id);
      let index =
        typeof raw === "number" && Number.isInteger(raw) && raw >= 0 && raw < values.length
          ? raw
          : typeof raw === "string"
            ? labels.indexOf(raw)
            : -1;
      if (index < 0) index = Math.min(start, Math.max(0, values.length - 1));
      session.widgets.set(id, index);
      widget({ type: "selectbox", id, label: shown, options: labels, index });
      return values[index] as (typeof choices)[number];
    },
    rerun: () => {
      call("rerun");
      throw new RerunSignal();
    },
    stop: () => {
      call("stop");
      throw new StopSignal();
    },
    Lock,
    withLock: async (lock, work) => {
      call("withLock");
      await lock.acquire();
      try {
        return await work();
      } finally {
        lock.release();
      }
    },
  };
  const asModule = st as unknown as Record<string, unknown>;
  Object.defineProperty(asModule, "__esModule", { value: true });
  Object.defineProperty(asModule, "default", { value: st });
  return st;
}
