/**
 * Test helpers (Node only, never imported by the library): a fetch that serves files from the
 * repository's `public/` folder, and a clock the test moves by hand.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

const PUBLIC_DIR = path.resolve(__dirname, "../../../public");

/** A fetch for site paths such as "/data/uber-raw-data-sep14-10k.csv", reading `public/`; 404 for missing files. */
export function publicFetch(): (url: string) => Promise<Response> {
  return async (url: string) => {
    const file = path.join(PUBLIC_DIR, decodeURIComponent(url.replace(/^\/+/, "").split("?")[0]));
    if (!file.startsWith(PUBLIC_DIR)) return new Response("outside public/", { status: 403 });
    try {
      return new Response(await readFile(file));
    } catch {
      return new Response("not found", { status: 404 });
    }
  };
}

/** A clock that only moves when told to. */
export interface FakeClock {
  now: () => number;
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void;
}

/** A fake clock starting at a fixed instant. */
export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}
