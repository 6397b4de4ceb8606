/**
 * Every cached function of one server (one emulated Streamlit process): found by identity
 * (kind + name + source + options), so each rerun's fresh closure finds the cache of the previous
 * run, and an edited body finds a fresh, empty one.
 */
import type { Danfo } from "../../pandas";
import type { PersistStore } from "../persist-store";
import type { CacheEventInput } from "../run-context";
import type { CacheFunctionSnapshot, CacheKind } from "../types";
import { type CacheEntry, FunctionCache, type FunctionCacheSettings, type GoneReason, type LeaveSink } from "./function-cache";
import { Hasher } from "./hashing";
import { ObjectIds } from "./object-ids";

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

  constructor(readonly options: RegistryOptions) {}

  /** The registered function for these settings, created (empty) on first sight. */
  register(settings: Omit<FunctionCacheSettings, "digest">, identity: string): RegisteredFunction {
    const h = new Hasher();
    h.string(identity);
    const digest = h.digest();
    let found = this.functions.get(digest);
    if (!found) {
      const nameKey = `${settings.kind}:${settings.name}`;
      const previous = this.latestByName.get(nameKey);
      found = { cache: new FunctionCache({ ...settings, digest }, this.options.persistStore), codeChanged: previous !== undefined && previous !== digest };
      this.functions.set(digest, found);
      this.latestByName.set(nameKey, digest);
    }
    return found;
  }

  /** A sink that releases leaving entries (onRelease for resources) and reports them as events. */
  sink(fn: RegisteredFunction, report: ((event: CacheEventInput) => void) | undefined): LeaveSink {
    return (entry: CacheEntry, reason: GoneReason) => {
      const { kind, name } = fn.cache.settings;
      const kindOfEvent = reason === "expired" ? "expire" : reason === "evicted" ? "evict" : reason === "validate returned false" ? "invalid" : "clear";
      report?.({ kind: kindOfEvent, functionName: name, cache: kind, keySummary: entry.keySummary, objectId: entry.objectId, reason });
      if (kind === "resource" && fn.onRelease) {
        fn.onRelease(entry.value as never);
        report?.({ kind: "release", functionName: name, cache: kind, keySummary: entry.keySummary, objectId: entry.objectId, reason });
      }
    };
  }

  /** Clears every function of one kind (`st.cacheData.clear()` / `st.cacheResource.clear()`). */
  async clearKind(kind: CacheKind, report?: (event: CacheEventInput) => void): Promise<void> {
    for (const fn of this.functions.values()) if (fn.cache.settings.kind === kind) await fn.cache.clear(this.sink(fn, report));
  }

  /** Drops every session-scoped entry of a session that ended. */
  dropSession(sessionId: string): void {
    for (const fn of this.functions.values()) if (fn.cache.settings.scope === "session") fn.cache.dropScope(sessionId, this.sink(fn, undefined));
  }

  /** Per-function view of every cache, for the inspector. */
  snapshot(): CacheFunctionSnapshot[] {
    const now = this.options.now();
    return [...this.functions.values()].map((fn) => fn.cache.snapshot(now));
  }
}
