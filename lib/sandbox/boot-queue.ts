/**
 * Boots sandboxes one at a time. Each sandbox's first job is to parse danfojs (~6 MB with
 * TensorFlow.js) in its worker; two at once, plus Monaco on the main thread, would ask three things
 * of a two-core machine. In a queue, the first playground on screen is ready sooner and the page
 * stays smooth. A Run click does not wait for the queue: it boots its own sandbox at once.
 */

/** Starts one boot; resolves when that sandbox has finished preloading (or failed to). */
export type BootJob = () => Promise<void>;

/** A boot that waits longer than this no longer holds up the next one. */
const MAX_WAIT_MS = 5_000;

/** A queue of boots, run one after another. */
export function createBootQueue(maxWaitMs = MAX_WAIT_MS) {
  const waiting: BootJob[] = [];
  let active = false;

  const next = (): void => {
    const job = waiting.shift();
    if (!job) {
      active = false;
      return;
    }
    active = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs));
    void Promise.race([job().catch(() => undefined), timeout]).then(next);
  };

  return {
    /** Adds a boot; returns a function that takes it out of the queue if it has not started. */
    enqueue(job: BootJob): () => void {
      waiting.push(job);
      if (!active) next();
      return () => {
        const i = waiting.indexOf(job);
        if (i >= 0) waiting.splice(i, 1);
      };
    },
  };
}

/** The page's one queue, shared by every playground on it. */
export const bootQueue = createBootQueue();
