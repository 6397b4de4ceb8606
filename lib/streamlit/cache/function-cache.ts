/**
 * The storage of one cached function: one LRU map of entries per scope ("global", or a session id
 * for `scope: "session"`), TTL counted from write time, the compute locks of keys being computed,
 * and the reasons entries left (so the next miss can say why it missed).
 */
import type { CacheEntrySnapshot, CacheFunctionSnapshot, CacheKind, Element } from "../types";
import type { PersistStore } from "../persist-store";
import type { Frozen } from "./value-copy";

/** One cached value. */
export interface CacheEntry {
  valueKey: string;
  keySummary: string;
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
}

/** What a persisted cacheData entry looks like in the PersistStore. */
export interface PersistedEntry {
  keySummary: string;
  writtenAt: number;
  elements: Element[];
  frozen: Frozen;
  sizeBytes: number;
}

/** Why an entry is gone, reported by the next miss for the same key. */
export type GoneReason = "expired" | "evicted" | "cleared" | "validate returned false" | "session ended";

/** Fixed settings of a cached function (they are part of its identity). */
export interface FunctionCacheSettings {
  kind: CacheKind;
  name: string;
  /** Digest of name + source + options: the function's identity. */
  digest: string;
  scope: "global" | "session";
  ttlMs: number | null;
  maxEntries: number | null;
  persist: boolean;
}

/** Told about each entry that leaves the cache, with why (releases it and reports the event). */
export type LeaveSink = (entry: CacheEntry, reason: GoneReason) => void;

/** Entries and locks of one cached function. */
export class FunctionCache {
  /** Entries per scope id, in LRU order (first = least recently used). */
  private readonly scopes = new Map<string, Map<string, CacheEntry>>();
  private readonly gone = new Map<string, GoneReason>();
  /** Keys being computed, per `scopeId\u0000valueKey`, resolved when the computation ends either way. */
  readonly inflight = new Map<string, Promise<void>>();
  /** Whether any value was ever stored (a first miss of a fresh function may be "code changed"). */
  everStored = false;

  constructor(
    readonly settings: FunctionCacheSettings,
    private readonly persistStore: PersistStore | undefined,
  ) {}

  private entries(scopeId: string): Map<string, CacheEntry> {
    let map = this.scopes.get(scopeId);
    if (!map) {
      map = new Map();
      this.scopes.set(scopeId, map);
    }
    return map;
  }

  /** The persist-store key of a value key. */
  persistKey(valueKey: string): string {
    return `cache-lab:${this.settings.digest}:${valueKey}`;
  }

  /**
   * The live entry for a key, refreshed in LRU order, or `{ expired }` when its TTL ran out (the
   * entry is removed and released) or undefined when absent.
   */
  read(scopeId: string, valueKey: string, now: number, sink: LeaveSink): CacheEntry | "expired" | undefined {
    const map = this.entries(scopeId);
    const entry = map.get(valueKey);
    if (!entry) return undefined;
    const { ttlMs, persist } = this.settings;
    if (ttlMs !== null && !persist && now - entry.writtenAt >= ttlMs) {
      this.remove(scopeId, valueKey, "expired", sink);
      return "expired";
    }
    map.delete(valueKey);
    map.set(valueKey, entry);
    return entry;
  }

  /** Stores an entry and evicts least recently used ones beyond maxEntries; returns the evicted entries. */
  write(scopeId: string, entry: CacheEntry, sink: LeaveSink): void {
    const map = this.entries(scopeId);
    map.delete(entry.valueKey);
    map.set(entry.valueKey, entry);
    this.gone.delete(entry.valueKey);
    this.everStored = true;
    const max = this.settings.maxEntries;
    if (max !== null) {
      for (const [key, old] of map) {
        if (map.size <= max) break;
        if (old !== entry) this.remove(scopeId, key, "evicted", sink);
      }
    }
  }

  /** Why the last entry for this key left, if it did. */
  goneReason(valueKey: string): GoneReason | undefined {
    return this.gone.get(valueKey);
  }

  /** Removes one entry (releasing it); returns whether it existed. */
  remove(scopeId: string, valueKey: string, reason: GoneReason, sink: LeaveSink): boolean {
    const map = this.entries(scopeId);
    const entry = map.get(valueKey);
    if (!entry) return false;
    map.delete(valueKey);
    this.gone.set(valueKey, reason);
    sink(entry, reason);
    return true;
  }

  /** Removes every entry of one scope, or of all scopes; persisted entries go too. */
  async clear(sink: LeaveSink, scopeId?: string): Promise<void> {
    const ids = scopeId === undefined ? [...this.scopes.keys()] : [scopeId];
    for (const id of ids) for (const key of [...this.entries(id).keys()]) this.remove(id, key, "cleared", sink);
    if (this.settings.persist && this.persistStore) {
      const prefix = `cache-lab:${this.settings.digest}:`;
      for (const key of await this.persistStore.keys()) if (key.startsWith(prefix)) await this.persistStore.delete(key);
    }
  }

  /** Removes one key from a scope and from the persist store. */
  async clearKey(scopeId: string, valueKey: string, sink: LeaveSink): Promise<boolean> {
    const existed = this.remove(scopeId, valueKey, "cleared", sink);
    if (this.settings.persist && this.persistStore) await this.persistStore.delete(this.persistKey(valueKey));
    return existed;
  }

  /** Drops a session's scope entirely (session-scoped caches). */
  dropScope(scopeId: string, sink: LeaveSink): void {
    const map = this.scopes.get(scopeId);
    if (!map) return;
    for (const key of [...map.keys()]) this.remove(scopeId, key, "session ended", sink);
    this.scopes.delete(scopeId);
  }

  /** Reads a persisted entry, if this function persists and the store has it. */
  async readPersisted(valueKey: string): Promise<PersistedEntry | undefined> {
    if (!this.settings.persist || !this.persistStore) return undefined;
    return (await this.persistStore.get(this.persistKey(valueKey))) as PersistedEntry | undefined;
  }

  /** Writes a persisted entry, if this function persists. */
  async writePersisted(valueKey: string, entry: PersistedEntry): Promise<void> {
    if (this.settings.persist && this.persistStore) await this.persistStore.set(this.persistKey(valueKey), entry);
  }

  /** The inspector's view of this function. */
  snapshot(now: number): CacheFunctionSnapshot {
    const entries: CacheEntrySnapshot[] = [];
    const { ttlMs, persist } = this.settings;
    for (const [scopeId, map] of this.scopes) {
      for (const entry of map.values()) {
        entries.push({
          keySummary: this.settings.scope === "session" ? `[${scopeId}] ${entry.keySummary}` : entry.keySummary,
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
