/** Test helper (Node only): a server wired to `public/` and a fake clock, and small readers of run results. */
import { createServer, type ServerOptions } from "../index";
import type { CacheEvent, Element, RunResult } from "../types";
import { fakeClock, publicFetch } from "./public-fetch";

/** A server reading `public/` with a fake clock, plus the clock. */
export function testServer(options: ServerOptions = {}) {
  const clock = fakeClock();
  const server = createServer({ now: clock.now, fetch: publicFetch(), ...options });
  return { server, clock };
}

/** Bodies of the text-like elements of a run, in order. */
export function texts(result: RunResult): string[] {
  return result.elements.flatMap((e: Element) => ("body" in e && e.type !== "warning" ? [e.body] : []));
}

/** `kind` of each event, optionally only those of one function. */
export function kinds(result: RunResult, functionName?: string): CacheEvent["kind"][] {
  return result.events.filter((e) => !functionName || e.functionName === functionName).map((e) => e.kind);
}

/** The first event of a kind, typed as that kind (so a miss has its reason). */
export function eventOf<K extends CacheEvent["kind"]>(
  result: RunResult,
  kind: K,
): (CacheEvent & { kind: K }) | undefined {
  return result.events.find((e): e is CacheEvent & { kind: K } => e.kind === kind);
}

/** Throws with the script error, so a failing script shows why in the test output. */
export function ok(result: RunResult): RunResult {
  if (result.error)
    throw new Error(`script failed: ${result.error.type}: ${result.error.message} (line ${result.error.line})`);
  return result;
}
