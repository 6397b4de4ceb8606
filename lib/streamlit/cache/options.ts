/** Options of `st.cacheData` and `st.cacheResource`, as scripts pass them (camelCase of Streamlit's). */
import type { HashFuncs } from "./hashing";

/** Options both caches accept. */
export interface CommonCacheOptions {
  /** Seconds (number) or a duration string ("1h", "30m", "10s"); counted from when an entry was written. */
  ttl?: number | string | null;
  /** Largest number of entries kept; the least recently used (read or written) goes first. */
  maxEntries?: number | null;
  /** Show a spinner while a miss computes: true (default), false, or the text to show. */
  showSpinner?: boolean | string;
  /** Custom hashing per type name, e.g. `{ DataFrame: (df) => df.shape }`. */
  hashFuncs?: HashFuncs;
  /** "global" (default): one cache shared by every session; "session": one per session, dropped when it ends. */
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
  /** Called with a value when its entry leaves the cache (evicted, expired, cleared, invalid, session ended). */
  onRelease?: (value: T) => void;
}

/** A cached function: same parameters, always returns a promise, plus `clear`. */
export type CachedFunction<F extends (...args: never[]) => unknown> = ((...args: Parameters<F>) => Promise<Awaited<ReturnType<F>>>) & {
  /** Without arguments: empties this function's cache. With arguments: drops the entry those arguments make. */
  clear(...args: Parameters<F> | []): Promise<void>;
};

/** `st.cacheData` / `st.cacheResource`: wrap a function, or clear every function of that kind. */
export interface CacheDataApi {
  <F extends (...args: never[]) => unknown>(fn: F, options?: CacheDataOptions): CachedFunction<F>;
  /** Empties every st.cacheData function's cache (persisted entries included). */
  clear(): Promise<void>;
}

/** `st.cacheResource`. */
export interface CacheResourceApi {
  <F extends (...args: never[]) => unknown>(fn: F, options?: CacheResourceOptions<Awaited<ReturnType<F>>>): CachedFunction<F>;
  /** Empties every st.cacheResource function's cache, calling onRelease for each value. */
  clear(): Promise<void>;
}
