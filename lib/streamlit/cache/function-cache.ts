/**
 * The storage of one cached function: one LRU map of entries per scope ("global", or a session id
 * for `scope: "session"`), TTL counted from write time, the compute locks of keys being computed,
 * and the reasons entries left (so the next miss can say why it missed).
 *
 * Expiry and eviction follow Streamlit's TTLCleanupCache (cachetools' TTLCache with release hooks,
 * runtime/caching/ttl_cleanup_cache.py): an expired entry reads as absent but leaves only when the
 * cache is next written or cleared, and then every expired entry leaves, oldest first, before any
 * live entry is evicted; eviction takes the least recently used; a clear pops entries one by one, so
 * one failing release does not stop it.
 */
import { PythonError } from "../../pandas";
import type { CacheEntrySnapshot, CacheFunctionSnapshot, CacheKind, Element, GoneReason, KeyArgument } from "../types";
import { PERSIST_PREFIX, type PersistMirror } from "./persist-mirror";
import type { Frozen } from "./value-copy";

/** One cached value. */
export interface CacheEntry {
  valueKey: string;
  /** The arguments that made the key, for events and the inspector. */
  args: KeyArgument[];
  writtenAt: number;
  hits: number;
  /** Elements the computation produced, replayed on every hit. */
  elements: Element[];
  /** cacheResource: the shared object itself. */
  value?: unknown;
  /** cacheData: the frozen copy. */
  frozen?: Frozen;
  sizeBytes: number;
  /** Identity number of the stored object (resource) or of the last object handed out (data). */
  objectId: number;
  /** Set once a read has found it expired and reported so (it leaves at the next write or clear). */
  expiredSeen?: boolean;
}

/** What a persisted cacheData entry looks like in the PersistStore. */
export interface PersistedEntry {
  writtenAt: number;
  elements: Element[];
  frozen: Frozen;
  sizeBytes: number;
}

/** Fixed settings of a cached function (they are part of its identity). */
export interface FunctionCacheSettings {
  kind: CacheKind;
  name: string;
  /** Digest of name + source + options: the function's identity. */
  digest: string;
  scope: "global" | "session";
  ttlMs: number | null;
  /** As the script gave it (validated on write, as cachetools does). */
  maxEntries: unknown;
  persist: boolean;
}

/** Told about each entry that leaves the cache, with why (releases it and reports the event). */
export type LeaveSink = (entry: CacheEntry, reason: GoneReason) => void;

/** Where a computation stands: it may store its value only if no clear happened since it began. */
export type WriteStamp = string;

/** Entries and locks of one cached function. */
export class FunctionCache {
  /** Entries per scope id, in LRU order (first = least recently used). */
  private readonly scopes = new Map<string, Map<string, CacheEntry>>();
  private readonly gone = new Map<string, GoneReason>();
  /** Keys being computed, per `scopeId\u0000valueKey`, resolved when the computation ends either way. */
  readonly inflight = new Map<string, Promise<void>>();
  /** Clear counters (whole cache, per scope, per key): a computation that began before a clear must not store. */
  private clears = 0;
  private readonly scopeClears = new Map<string, number>();
  private readonly keyClears = new Map<string, number>();
  /** Whether any value was ever stored (a first miss of a fresh function may be "code changed"). */
  everStored = false;

  constructor(
    readonly settings: FunctionCacheSettings,
    private readonly persisted: PersistMirror | undefined,
  ) {}

  private entries(scopeId: string): Map<string, CacheEntry> {
    let map = this.scopes.get(scopeId);
    if (!map) {
      map = new Map();
      this.scopes.set(scopeId, map);
    }
    return map;
  }

  private isExpired(entry: CacheEntry, now: number): boolean {
    const { ttlMs, persist } = this.settings;
    return ttlMs !== null && !persist && now - entry.writtenAt >= ttlMs;
  }

  /** The persist-store key of a value key. */
  persistKey(valueKey: string): string {
    return `${PERSIST_PREFIX}${this.settings.digest}:${valueKey}`;
  }

  /**
   * The live entry for a key, refreshed in LRU order; "expired" when its TTL ran out (it stays
   * until the next write or clear, as in cachetools); undefined when absent.
   */
  read(scopeId: string, valueKey: string, now: number): CacheEntry | "expired" | undefined {
    const map = this.entries(scopeId);
    const entry = map.get(valueKey);
    if (!entry) return undefined;
    if (this.isExpired(entry, now)) return "expired";
    map.delete(valueKey);
    map.set(valueKey, entry);
    return entry;
  }

  /** The stored entry for a key, live or expired, without touching its LRU place. */
  entryOf(scopeId: string, valueKey: string): CacheEntry | undefined {
    return this.scopes.get(scopeId)?.get(valueKey);
  }

  /** The stamp a computation of this key takes when it starts. */
  stamp(scopeId: string, valueKey: string): WriteStamp {
    return `${this.clears}:${this.scopeClears.get(scopeId) ?? 0}:${this.keyClears.get(`${scopeId}\u0000${valueKey}`) ?? 0}`;
  }

  /**
   * Stores an entry unless a clear came after `stamp` (then returns false and stores nothing). As
   * cachetools' TTLCache.__setitem__: expired entries leave first (oldest first), then a bad
   * maxEntries is refused, then the least recently used entries leave to make room.
   */
  write(scopeId: string, entry: CacheEntry, stamp: WriteStamp, now: number, sink: LeaveSink): boolean {
    if (stamp !== this.stamp(scopeId, entry.valueKey)) return false;
    const map = this.entries(scopeId);
    this.expire(scopeId, now, sink);
    const max = maxSize(this.settings.maxEntries);
    if (!map.has(entry.valueKey)) {
      if (1 > max) throw new PythonError("ValueError", "value too large");
      for (const key of [...map.keys()]) {
        if (map.size + 1 <= max) break;
        this.remove(scopeId, key, "evicted", sink);
      }
    }
    map.delete(entry.valueKey);
    map.set(entry.valueKey, entry);
    this.gone.delete(entry.valueKey);
    this.everStored = true;
    return true;
  }

  /** Removes every expired entry of a scope, oldest write first (cachetools' `expire`). */
  private expire(scopeId: string, now: number, sink: LeaveSink): void {
    const map = this.entries(scopeId);
    const expired = [...map.values()].filter((e) => this.isExpired(e, now)).sort((a, b) => a.writtenAt - b.writtenAt);
    for (const entry of expired) this.remove(scopeId, entry.valueKey, "expired", sink);
  }

  /** Why the last entry for this key left, if it did. */
  goneReason(valueKey: string): GoneReason | undefined {
    return this.gone.get(valueKey);
  }

  /** Removes one entry, telling the sink (which may release it, and may throw); returns whether it existed. */
  remove(scopeId: string, valueKey: string, reason: GoneReason, sink: LeaveSink): boolean {
    const map = this.entries(scopeId);
    const entry = map.get(valueKey);
    if (!entry) return false;
    map.delete(valueKey);
    this.gone.set(valueKey, reason);
    sink(entry, reason);
    return true;
  }

  /**
   * Empties one scope, or every scope, at once (persisted entries too; the store follows later).
   * Entries leave as TTLCleanupCache.popitem takes them: expired ones first, then least recently
   * used first. A sink that throws does not stop the clear: the errors are returned, for the run to show.
   */
  clear(sink: LeaveSink, now: number, scopeId?: string): unknown[] {
    const ids = scopeId === undefined ? [...this.scopes.keys()] : [scopeId];
    if (scopeId === undefined) this.clears++;
    else this.scopeClears.set(scopeId, (this.scopeClears.get(scopeId) ?? 0) + 1);
    for (const key of [...this.inflight.keys()])
      if (scopeId === undefined || key.startsWith(`${scopeId}\u0000`)) this.inflight.delete(key);
    const errors: unknown[] = [];
    for (const id of ids) {
      const map = this.entries(id);
      const order = [...map.values()].sort((a, b) => Number(this.isExpired(b, now)) - Number(this.isExpired(a, now)));
      for (const entry of order) {
        try {
          this.remove(id, entry.valueKey, "cleared", sink);
        } catch (error) {
          errors.push(error);
        }
      }
    }
    if (this.settings.persist && this.persisted)
      this.persisted.deletePrefix(`${PERSIST_PREFIX}${this.settings.digest}:`);
    return errors;
  }

  /** Removes one key from a scope (and from the persist store); a failing release is returned, not thrown. */
  clearKey(scopeId: string, valueKey: string, sink: LeaveSink): unknown[] {
    const lockKey = `${scopeId}\u0000${valueKey}`;
    this.keyClears.set(lockKey, (this.keyClears.get(lockKey) ?? 0) + 1);
    this.inflight.delete(lockKey);
    if (this.settings.persist && this.persisted) this.persisted.delete(this.persistKey(valueKey));
    try {
      this.remove(scopeId, valueKey, "cleared", sink);
      return [];
    } catch (error) {
      return [error];
    }
  }

  /** Drops a session's scope entirely (session-scoped caches); release errors are dropped, as there is no run to show them. */
  dropScope(scopeId: string, sink: LeaveSink, now: number): void {
    if (!this.scopes.has(scopeId)) return;
    this.clear((entry) => sink(entry, "session-ended"), now, scopeId);
    this.scopes.delete(scopeId);
  }

  /** The persisted entry for a key, if this function persists and one exists. */
  readPersisted(valueKey: string): PersistedEntry | undefined {
    if (!this.settings.persist || !this.persisted) return undefined;
    return this.persisted.get(this.persistKey(valueKey)) as PersistedEntry | undefined;
  }

  /** Writes a persisted entry, if this function persists. */
  writePersisted(valueKey: string, entry: PersistedEntry): void {
    if (this.settings.persist && this.persisted) this.persisted.set(this.persistKey(valueKey), entry);
  }

  /** The inspector's view of this function (expired entries waiting for the next write included, with 0 ms left). */
  snapshot(now: number): CacheFunctionSnapshot {
    const entries: CacheEntrySnapshot[] = [];
    const { ttlMs, persist } = this.settings;
    for (const [scopeId, map] of this.scopes) {
      for (const entry of map.values()) {
        entries.push({
          args: entry.args,
          ...(this.settings.scope === "session" ? { sessionId: scopeId } : {}),
          sizeBytes: entry.sizeBytes,
          ageMs: now - entry.writtenAt,
          ttlLeftMs: ttlMs === null || persist ? null : Math.max(0, entry.writtenAt + ttlMs - now),
          hits: entry.hits,
          objectId: entry.objectId,
        });
      }
    }
    return { functionName: this.settings.name, cache: this.settings.kind, scope: this.settings.scope, entries };
  }
}

/**
 * The entry count cachetools compares against, from the script's maxEntries: null/undefined and
 * NaN mean no limit (`n > NaN` is never true), `true` is 1 and `false` 0 (Python's bools are
 * ints); a string or object is refused with Python's TypeError when the cache is written.
 */
function maxSize(value: unknown): number {
  if (value === null || value === undefined) return Infinity;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return Number.isNaN(value) ? Infinity : value;
  const pythonType =
    typeof value === "string"
      ? "str"
      : Array.isArray(value)
        ? "list"
        : typeof value === "object"
          ? "dict"
          : typeof value;
  throw new PythonError("TypeError", `'>' not supported between instances of 'int' and '${pythonType}'`);
}
