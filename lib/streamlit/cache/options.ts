/** Options of `st.cacheData` and `st.cacheResource`, as scripts pass them (camelCase of Streamlit's). */
import type { HashFuncs } from "./hashing";

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
  <F extends (...args: never[]) => unknown>(fn: F, options?: CacheResourceOptions<Awaited<ReturnType<F>>>): CachedFunction<F>;
  /** Empties every st.cacheResource function's cache, at once, calling onRelease for each value. */
  clear(): void;
}
