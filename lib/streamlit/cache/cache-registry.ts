/**
 * Every cached function of one server (one emulated Streamlit process): found by identity
 * (kind + name + source + options), so each rerun's fresh closure finds the cache of the previous
 * run, and an edited body finds a fresh, empty one.
 */
import type { Danfo } from "../../pandas";
import type { PersistStore } from "../persist-store";
import type { CacheEventInput } from "../run-context";
import type { CacheFunctionSnapshot, CacheKind, GoneReason } from "../types";
import { type CacheEntry, FunctionCache, type FunctionCacheSettings, type LeaveSink } from "./function-cache";
import { Hasher } from "./hashing";
import { ObjectIds } from "./object-ids";
import { PERSIST_PREFIX, PersistMirror } from "./persist-mirror";

/** A cached function's cache plus the latest callbacks its script passed (closures change every rerun). */
export interface RegisteredFunction {
  cache: FunctionCache;
  /** Set on a function whose name was seen before with other source: its first miss is "code changed". */
  codeChanged: boolean;
  onRelease?: (value: never) => void;
}

/** What the registry needs from its server. */
export interface RegistryOptions {
  now: () => number;
  persistStore?: PersistStore;
  /** danfojs once loaded (cacheData needs it to rebuild frames). */
  danfo: () => Danfo | undefined;
}

/** The caches of one server. */
export class CacheRegistry {
  readonly objectIds = new ObjectIds();
  private readonly functions = new Map<string, RegisteredFunction>();
  private readonly latestByName = new Map<string, string>();
  /** The persist store's entries, read before the first run so that sync calls can read them. */
  private readonly persisted: PersistMirror | undefined;

  constructor(readonly options: RegistryOptions) {
    this.persisted = options.persistStore ? new PersistMirror(options.persistStore) : undefined;
  }

  /** Reads the persist store once (the first run waits for it; later calls return at once). */
  loadPersisted(): Promise<void> {
    return this.persisted?.load() ?? Promise.resolve();
  }

  /** Resolves once every persisted write and deletion so far has reached the store. */
  flushPersisted(): Promise<void> {
    return this.persisted?.flush() ?? Promise.resolve();
  }

  /** The registered function for these settings, created (empty) on first sight. */
  register(settings: Omit<FunctionCacheSettings, "digest">, identity: string): RegisteredFunction {
    const h = new Hasher();
    h.string(identity);
    const digest = h.digest();
    let found = this.functions.get(digest);
    if (!found) {
      const nameKey = `${settings.kind}:${settings.name}`;
      const previous = this.latestByName.get(nameKey);
      found = {
        cache: new FunctionCache({ ...settings, digest }, this.persisted),
        codeChanged: previous !== undefined && previous !== digest,
      };
      this.functions.set(digest, found);
      this.latestByName.set(nameKey, digest);
    }
    return found;
  }

  /**
   * A sink that reports leaving entries as events and releases resources. As in Streamlit's
   * TTLCleanupCache, onRelease runs for entries that expire, are evicted or cleared, not for one
   * dropped because `validate` returned false (cachetools' `del` has no hook). An onRelease that
   * throws throws here: at a write the script sees the error, a clear collects it.
   */
  sink(fn: RegisteredFunction, report: ((event: CacheEventInput) => void) | undefined): LeaveSink {
    return (entry: CacheEntry, reason: GoneReason) => {
      const { kind, name } = fn.cache.settings;
      const base = { functionName: name, cache: kind, args: entry.args, objectId: entry.objectId, reason };
      const kindOfEvent =
        reason === "expired" ? "expire" : reason === "evicted" ? "evict" : reason === "invalid" ? "invalid" : "clear";
      // A read already reported this entry as expired; it only leaves now.
      if (!(reason === "expired" && entry.expiredSeen)) report?.({ kind: kindOfEvent, ...base });
      if (kind === "resource" && fn.onRelease && reason !== "invalid") {
        fn.onRelease(entry.value as never);
        report?.({ kind: "release", ...base });
      }
    };
  }

  /**
   * Clears every function of one kind, at once (`st.cacheData.clear()` / `st.cacheResource.clear()`),
   * in every scope. `st.cacheData.clear()` also removes the persisted entries of functions this run
   * has not defined (yet), as Streamlit empties its whole cache folder. Returns the errors release
   * functions threw (the clear went on regardless).
   */
  clearKind(kind: CacheKind, report?: (event: CacheEventInput) => void): unknown[] {
    const errors: unknown[] = [];
    const now = this.options.now();
    for (const fn of this.functions.values())
      if (fn.cache.settings.kind === kind) errors.push(...fn.cache.clear(this.sink(fn, report), now));
    if (kind === "data") this.persisted?.deletePrefix(PERSIST_PREFIX);
    return errors;
  }

  /** Drops every session-scoped entry of a session that ended. */
  dropSession(sessionId: string): void {
    const now = this.options.now();
    for (const fn of this.functions.values())
      if (fn.cache.settings.scope === "session") fn.cache.dropScope(sessionId, this.sink(fn, undefined), now);
  }

  /** Per-function view of every cache, for the inspector. */
  snapshot(): CacheFunctionSnapshot[] {
    const now = this.options.now();
    return [...this.functions.values()].map((fn) => fn.cache.snapshot(now));
  }
}
