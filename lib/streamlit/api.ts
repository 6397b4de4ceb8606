/**
 * The public surface of the emulation: every type a reader's script can reach through `st`, and
 * nothing else. Types only, no runtime code, and no imports, so its declarations stand alone:
 * scripts/build-api-types.ts hands exactly this file (with danfojs' own declarations) to Monaco,
 * and readers' IntelliSense never shows the engine behind it. st-api.ts builds each run's `st` as
 * a {@link StApi}, so the implementation and these declarations cannot drift apart.
 * Names are the camelCase of Streamlit's.
 */

/** A user hash function from the `hashFuncs` option, keyed by type name (e.g. "DataFrame", "Date", "MyClass"). */
export type HashFuncs = Record<string, (value: never) => unknown>;

/** Options both caches accept. */
export interface CommonCacheOptions {
  /**
   * How long an entry lives, counted from when it was written: seconds (number), a pandas
   * Timedelta string ("1h 30m", "1.5 days", "10s", "02:00:00"), or null / Infinity for ever.
   */
  ttl?: number | string | null;
  /** Largest number of entries kept (expired ones leave first, then the least recently used); null for no limit. */
  maxEntries?: number | null;
  /** Show a spinner while a miss computes: true (default), false, or the text to show. */
  showSpinner?: boolean | string;
  /** Custom hashing per type name, e.g. `{ DataFrame: (df) => df.shape }`. */
  hashFuncs?: HashFuncs;
  /**
   * "global" (default): one cache shared by every session; "session": one per session, dropped
   * when it ends (and `f.clear()` clears only the calling session's entries).
   */
  scope?: "global" | "session";
}

/** Options of `st.cacheData`. */
export interface CacheDataOptions extends CommonCacheOptions {
  /** "disk" (or true): keep entries across server restarts, in IndexedDB in the browser. Ignores ttl. */
  persist?: "disk" | boolean | null;
}

/** Options of `st.cacheResource`. */
export interface CacheResourceOptions<T = unknown> extends CommonCacheOptions {
  /** Runs on every hit; returning false drops the entry and computes it again. */
  validate?: (value: T) => boolean;
  /**
   * Called with a value when its entry leaves the cache: expired (at the next write or clear),
   * evicted, cleared, or its session ended; not when `validate` drops it (as in Streamlit).
   */
  onRelease?: (value: T) => void;
}

/**
 * A cached function: same parameters and same return type as the function it wraps. A plain
 * function answers at once, as in Python; an `async` one returns a promise (as Streamlit does for
 * `async def`). Plus `clear`, which takes effect before the next line runs.
 */
export type CachedFunction<F extends (...args: never[]) => unknown> = ((...args: Parameters<F>) => ReturnType<F>) & {
  /** Without arguments: empties this function's cache (this session's only, for `scope: "session"`). With arguments: drops the entry those arguments make. */
  clear(...args: Parameters<F> | []): void;
};

/** `st.cacheData` / `st.cacheResource`: wrap a function, or clear every function of that kind. */
export interface CacheDataApi {
  <F extends (...args: never[]) => unknown>(fn: F, options?: CacheDataOptions): CachedFunction<F>;
  /** Empties every st.cacheData function's cache, at once (persisted entries included, even of functions not defined yet). */
  clear(): void;
}

/** `st.cacheResource`. */
export interface CacheResourceApi {
  <F extends (...args: never[]) => unknown>(
    fn: F,
    options?: CacheResourceOptions<Awaited<ReturnType<F>>>,
  ): CachedFunction<F>;
  /** Empties every st.cacheResource function's cache, at once, calling onRelease for each value. */
  clear(): void;
}

/** Python's `threading.Lock`, for scripts. */
export interface Lock {
  /** Waits until the lock is free and takes it; resolves to `true`, as Python's `acquire()` returns. */
  acquire(): Promise<true>;
  /** Frees the lock; the longest-waiting session gets it next. Releasing a free lock is a RuntimeError. */
  release(): void;
  /** True while some session holds the lock. */
  locked(): boolean;
}

/** The `st.Lock` constructor scripts call with `new`. */
export type LockConstructor = new () => Lock;

/** Common widget options. */
export interface WidgetOptions {
  /** Makes the widget id independent of the label (and lets two widgets share a label). */
  key?: string;
}

/** The `st` object scripts use. */
export interface StApi {
  /** Caches a function's return value and hands every caller a fresh copy (Streamlit's `st.cache_data`). */
  cacheData: CacheDataApi;
  /** Caches a function's return value and hands every caller the same object (Streamlit's `st.cache_resource`). */
  cacheResource: CacheResourceApi;
  /** Values that survive reruns of this session. */
  sessionState: Record<string, unknown>;
  /** A page title. */
  title(body: string): void;
  /** A section header. */
  header(body: string): void;
  /** A smaller header. */
  subheader(body: string): void;
  /**
   * Markdown text, drawn as Streamlit draws it: CommonMark with GitHub's tables, task lists and
   * ~~strikethrough~~, links, and emoji shortcodes such as `:tada:`. Raw HTML in `body` is shown as
   * text unless `options.unsafeAllowHtml` is true (Streamlit's `unsafe_allow_html=True`).
   */
  markdown(body: string, options?: MarkdownOptions): void;
  /** Small grey text. */
  caption(body: string): void;
  /** Plain, preformatted text (any value, shown with `String`). */
  text(body: unknown): void;
  /** Shows anything: strings as Markdown, DataFrames as tables, errors as exceptions, other values as JSON. */
  write(...values: unknown[]): void;
  /** A code block (language defaults to "typescript"). */
  code(body: string, language?: string): void;
  /** A value as collapsible JSON. */
  json(value: unknown): void;
  /** An interactive table of a DataFrame, Series, array of rows or object of columns. */
  dataframe(data: unknown): void;
  /** A static table of the same. */
  table(data: unknown): void;
  /** A big number with a label and an optional change. */
  metric(label: string, value: unknown, delta?: unknown): void;
  /** A red callout. */
  error(body: string): void;
  /** A yellow callout. */
  warning(body: string): void;
  /** A blue callout. */
  info(body: string): void;
  /** A green callout. */
  success(body: string): void;
  /** An error drawn as Streamlit's exception box, with its type, message and line. */
  exception(error: unknown): void;
  /** A horizontal rule. */
  divider(): void;
  /** Shows `text` with a spinner while `work` runs; returns what `work` returns. */
  spinner<T>(text: string, work: () => T | Promise<T>): Promise<T>;
  /** True only on the run its click started. */
  button(label: string, options?: WidgetOptions): boolean;
  /** A checkbox; its value persists across reruns of the session. */
  checkbox(label: string, options?: WidgetOptions & { value?: boolean }): boolean;
  /** A one-line text field; its value persists across reruns of the session. */
  textInput(label: string, options?: WidgetOptions & { value?: string }): string;
  /** A number slider (defaults: min 0, max 100, step 1, value min). */
  slider(
    label: string,
    options?: WidgetOptions & { min?: number; max?: number; value?: number; step?: number },
  ): number;
  /** A drop-down; returns the chosen option (default the one at `index`, else the first). */
  selectbox<T extends string>(label: string, options: readonly T[], settings?: WidgetOptions & { index?: number }): T;
  /** Stops this run and starts the script again from the top. */
  rerun(): never;
  /** Stops this run quietly. */
  stop(): never;
  /**
   * Python's `threading.Lock`. Share one between sessions by caching it:
   * `const lock = st.cacheResource(() => new st.Lock())()`.
   */
  Lock: LockConstructor;
  /** Runs `work` holding `lock` (Python's `with lock:`): acquires, runs, releases even if `work` throws. */
  withLock<T>(lock: Lock, work: () => T | Promise<T>): Promise<T>;
}

/** Options of `st.markdown`. */
export interface MarkdownOptions {
  /**
   * Draw raw HTML in the body instead of showing it as text (Streamlit's `unsafe_allow_html=True`).
   * The playground still removes scripts and event handlers (`onerror`, `onclick`) from it: HTML
   * from a shared script must not run code in the reader's page.
   */
  unsafeAllowHtml?: boolean;
}
