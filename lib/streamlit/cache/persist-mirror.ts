/**
 * A synchronous view of the persist store. A cached non-async function must answer in the same
 * tick, but IndexedDB only answers later, so a server reads every persisted entry once, before its
 * first run (as a restarted Streamlit finds its `.memo` files on disk), and from then on reads this
 * in-memory copy. Writes and deletions change the copy at once, so no read can see a cleared
 * entry; the store follows in the background, in call order, and a run waits for it before it
 * ends (so a "restart" with the same store sees everything the previous server wrote).
 */
import type { PersistStore } from "../persist-store";

/** How long the first run waits for the persist store before it starts without its entries. */
const LOAD_WAIT_MS = 3_000;

/** Prefix of every key the caches write into a persist store. */
export const PERSIST_PREFIX = "cache-lab:";

/** The persist store's entries, held in memory, written through to the store. */
export class PersistMirror {
  private readonly entries = new Map<string, unknown>();
  private loading: Promise<void> | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** The last error the store gave (a browser that blocks storage); the copy keeps working without it. */
  lastError: unknown;

  constructor(private readonly store: PersistStore) {}

  /**
   * Reads the store's cache entries once; later calls wait for the same read. A store that does
   * not answer within `waitMs` (an IndexedDB open held up by another tab) does not hold the first
   * run back: the run starts without the entries, which join the copy when they arrive.
   */
  load(waitMs = LOAD_WAIT_MS): Promise<void> {
    this.loading ??= (async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const read = (async () => {
        try {
          for (const key of await this.store.keys()) {
            if (key.startsWith(PERSIST_PREFIX) && !this.entries.has(key))
              this.entries.set(key, await this.store.get(key));
          }
        } catch (error) {
          this.lastError = error;
        }
      })();
      const late = new Promise<void>(
        (resolve) =>
          (timer = setTimeout(() => {
            this.lastError = new Error(`the persist store did not answer within ${waitMs} ms`);
            resolve();
          }, waitMs)),
      );
      await Promise.race([read, late]);
      clearTimeout(timer);
    })();
    return this.loading;
  }

  /** The persisted value under `key`, if any. */
  get(key: string): unknown {
    return this.entries.get(key);
  }

  /** Stores `value` under `key` now, and in the store soon. */
  set(key: string, value: unknown): void {
    this.entries.set(key, value);
    this.later(() => this.store.set(key, value));
  }

  /** Removes every key starting with `prefix`, now from the copy and soon from the store (keys it alone holds included). */
  deletePrefix(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
    this.later(async () => {
      for (const key of await this.store.keys()) if (key.startsWith(prefix)) await this.store.delete(key);
    });
  }

  /** Removes one key, now from the copy and soon from the store. */
  delete(key: string): void {
    this.entries.delete(key);
    this.later(() => this.store.delete(key));
  }

  /** Resolves once every write and deletion asked for so far has reached the store (or failed). */
  flush(): Promise<void> {
    return this.queue;
  }

  private later(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      this.lastError = error;
    });
  }
}
