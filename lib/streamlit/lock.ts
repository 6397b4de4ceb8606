/**
 * `st.Lock`, the emulation's `threading.Lock`: one holder at a time, others wait in line. Under
 * the scheduler a session that waits gives its turn away (its step ends as "blocked") and is woken
 * when the holder releases, so a lock's effect shows in the timeline. Without a scheduler it is a
 * plain promise queue.
 *
 * A lock shared by sessions has to outlive runs, so scripts get it the way Python apps do, from
 * `st.cacheResource(() => new st.Lock())`. Its state sits in private fields, which the mutation
 * check after a run does not see: taking a lock is not a change to warn about.
 */
import { PythonError } from "../pandas";
import type { Lock, LockConstructor } from "./api";
import type { BlockingThread } from "./scheduler";

/** Makes the Lock class of one server; `running` names the session whose turn it is, under a scheduler. */
export function createLockClass(running: () => BlockingThread | undefined): LockConstructor {
  return class ScriptLock implements Lock {
    #held = false;
    #waiters: (() => void)[] = [];

    acquire(): Promise<true> {
      if (!this.#held) {
        this.#held = true;
        return Promise.resolve(true);
      }
      const thread = running();
      return new Promise<true>((resolve, reject) => {
        if (!thread) {
          this.#waiters.push(() => resolve(true));
          return;
        }
        // Made here, in the script's call, so its stack names the reader's line.
        const deadlock = new PythonError(
          "RuntimeError",
          "deadlock: every session is waiting for a lock that no running session can release",
        );
        const handle = thread.block(() => {
          this.#waiters = this.#waiters.filter((w) => w !== wake);
          reject(deadlock);
        });
        const wake = () => handle.wake(() => resolve(true));
        this.#waiters.push(wake);
      });
    }

    release(): void {
      if (!this.#held) throw new PythonError("RuntimeError", "release unlocked lock");
      // Handing over keeps the lock held, so nobody slips in between.
      const next = this.#waiters.shift();
      if (next) next();
      else this.#held = false;
    }

    locked(): boolean {
      return this.#held;
    }
  };
}
