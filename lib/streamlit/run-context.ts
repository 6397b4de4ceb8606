/**
 * What the st API and the cache engine need from the run in progress. One object per run; it is
 * passed explicitly (never global), so many sessions can run at once in one thread.
 */
import type { CacheEvent, Element } from "./types";

/** A cache event before the run stamps it with time and session (Omit per member, so `kind` still narrows). */
export type CacheEventInput = CacheEvent extends infer E
  ? E extends CacheEvent
    ? Omit<E, "at" | "sessionId">
    : never
  : never;

/** The run in progress, as seen by the st API and the cached functions it creates. */
export interface RunContext {
  /** Session running the script. */
  readonly sessionId: string;
  /** Server clock in milliseconds. */
  readonly now: () => number;
  /**
   * The one hook every st call passes through first (elements, widgets, cached calls). A future
   * scheduler that interleaves sessions deterministically plugs in here.
   */
  beforeCall(name: string): void;
  /** Adds an element to the page, and to every cached computation recording its output. */
  emit(element: Element): void;
  /** Records a cache event. */
  event(event: CacheEventInput): void;
  /** Output recorders of the cached computations in progress, outermost first. */
  readonly recorders: Element[][];
  /** How many cached computations (misses) are running in this run; 0 means "outermost". */
  cacheDepth: number;
  /** Shows a spinner; returns the function that hides it. */
  spinner(text: string): () => void;
  /** Registers a cacheResource value handed to this run, for the mutation check after the run (its warning names the scope). */
  trackResource(functionName: string, value: unknown, objectId: number | undefined, scope: "global" | "session"): void;
  /**
   * Registers a call of a cached async function in progress. The run ends only when every such
   * call has settled, so a call the script did not `await` still records its events and elements
   * in this run.
   */
  trackCall(call: Promise<unknown>): void;
  /** Source line (1-based, in the reader's script) of the st call being made, when known. */
  callerLine(): number | undefined;
  /** Name the compiled script's frames carry in stack traces (its `//# sourceURL`). */
  readonly fileName: string;
  /** The reader's script, line by line (for naming anonymous cached functions and error columns). */
  readonly sourceLines: readonly string[];
  /** The transpiled script, line by line (stack columns count in it). */
  readonly codeLines: readonly string[];
}
