/**
 * Where `persist: "disk"` entries of st.cacheData live: a small async key/value interface with an
 * in-memory implementation (tests, or a store shared by two servers to mimic a restart) and an
 * IndexedDB one (the browser; `indexedDB` exists in Web Workers, so no DOM is needed).
 */

/** Async key/value storage for persisted cache entries. Values are structured-clone-able plain data. */
export interface PersistStore {
  /** The value stored under `key`, or undefined. */
  get(key: string): Promise<unknown>;
  /** Stores `value` under `key`, replacing any previous value. */
  set(key: string, value: unknown): Promise<void>;
  /** Removes `key` if present. */
  delete(key: string): Promise<void>;
  /** Every stored key. */
  keys(): Promise<string[]>;
}

/** A PersistStore kept in memory. Two servers given the same store behave like one app restarted. */
export function createMemoryStore(): PersistStore {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => map.get(key),
    set: async (key, value) => {
      map.set(key, structuredClone(value));
    },
    delete: async (key) => {
      map.delete(key);
    },
    keys: async () => [...map.keys()],
  };
}

/** Promise of an IDBRequest's result. */
function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * A PersistStore in IndexedDB database `name` (one object store, "entries"). Uses the global
 * `indexedDB`, available in pages and Web Workers alike.
 */
export function createIndexedDbStore(name: string): PersistStore {
  const idb = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!idb) throw new Error("createIndexedDbStore: indexedDB is not available in this environment");
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    const request = idb.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore("entries");
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  // A browser that blocks storage (a third-party embed, private modes) refuses the open; each
  // operation still rejects with that error, but an unused store must not raise an unhandled rejection.
  opened.catch(() => undefined);
  const withStore = async <T>(mode: IDBTransactionMode, request: (store: IDBObjectStore) => IDBRequest<T>) => {
    const db = await opened;
    return requestResult(request(db.transaction("entries", mode).objectStore("entries")));
  };
  return {
    get: (key) => withStore("readonly", (s) => s.get(key)),
    set: async (key, value) => {
      await withStore("readwrite", (s) => s.put(value, key));
    },
    delete: async (key) => {
      await withStore("readwrite", (s) => s.delete(key));
    },
    keys: async () => (await withStore("readonly", (s) => s.getAllKeys())).map(String),
  };
}
