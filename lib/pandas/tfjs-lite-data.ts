/**
 * The one piece of `tf.data` danfojs uses: `tf.data.array(index).shuffle(n, seed).take(n).toArray()`
 * in `DataFrame.sample()` and `Series.sample()`. It is rebuilt here step for step (the same seeded
 * generator, Alea, and the same sliding-window shuffle), so a seeded sample picks the same rows as
 * it did with TensorFlow.js: a reader's `df.sample(5, { seed: 42 })` keeps its output.
 */

/** Alea, Johannes Baagøe's generator (MIT), as the seedrandom package implements it. */
function alea(seed: string): { next: () => number; int32: () => number } {
  let n = 0xefc8249d;
  const mash = (data: string): number => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * 2.3283064365386963e-10;
  };
  let c = 1;
  let s0 = mash(" ");
  let s1 = mash(" ");
  let s2 = mash(" ");
  s0 -= mash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash(seed);
  if (s2 < 0) s2 += 1;
  const next = (): number => {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    return (s2 = t - (c = t | 0));
  };
  return { next, int32: () => (next() * 0x100000000) | 0 };
}

/** Marks the end of the items in the shuffle window (TensorFlow.js keeps "done" results there too). */
const DONE = Symbol("done");

/**
 * TensorFlow.js' sliding-window shuffle: keep `windowSize` items, hand out a random one and put the
 * next item in its place. Taking `count` items reads the source as far as it needs.
 */
function shuffledTake<T>(items: readonly T[], windowSize: number, seed: string, count: number): T[] {
  // Dataset.shuffle derives the iterator's seed from two draws of a generator seeded by the caller.
  const outer = alea(seed);
  const random = alea(String(outer.int32() + outer.int32()));
  let read = 0;
  const window: (T | typeof DONE)[] = [];
  const refill = () => {
    while (window.length < windowSize) window.push(read < items.length ? items[read++] : DONE);
  };
  const out: T[] = [];
  let exhausted = false;
  while (out.length < count) {
    if (!exhausted) refill();
    let produced = false;
    while (window.length > 0) {
      const chosen = Math.floor(random.next() * window.length);
      const item = window[chosen];
      const last = window.pop()!;
      if (chosen < window.length) window[chosen] = last;
      if (item === DONE) {
        exhausted = true;
      } else {
        refill();
        out.push(item);
        produced = true;
        break;
      }
    }
    if (!produced) break;
  }
  return out;
}

/** A dataset over an array, with the two steps `sample()` chains. */
class ArrayDataset<T> {
  constructor(private readonly items: readonly T[]) {}

  /** Items in a seeded random order, through a window of `bufferSize` items. */
  shuffle(bufferSize: number, seed?: string): { take: (count: number) => { toArray: () => Promise<T[]> } } {
    if (!(bufferSize > 0)) throw new RangeError("`Dataset.shuffle()` requires bufferSize to be specified.");
    const s = seed || String(Date.now());
    return {
      take: (count: number) => ({
        toArray: async () => shuffledTake(this.items, bufferSize, s, count),
      }),
    };
  }

  /** The first `count` items. */
  take(count: number): { toArray: () => Promise<T[]> } {
    return { toArray: async () => this.items.slice(0, Math.max(0, count)) };
  }

  /** Every item. */
  async toArray(): Promise<T[]> {
    return this.items.slice();
  }
}

/** `tf.data`: only `array()`, which is all danfojs uses. */
export const data = {
  /** A dataset over the items of an array. */
  array<T>(items: readonly T[]): ArrayDataset<T> {
    return new ArrayDataset(items);
  },
};
