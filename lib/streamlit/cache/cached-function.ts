/**
 * The cached-function engine: what a call to a function wrapped by st.cacheData / st.cacheResource
 * does. Hit, wait and miss follow Streamlit's cache_utils.py: hits take no lock; exceptions are not
 * cached; output produced during a miss is recorded and replayed on every hit.
 *
 * A plain function stays plain, as in Python: hit or miss, the value comes back in the same tick
 * (persisted entries were read before the run began). An `async` function returns a promise, as
 * Streamlit does for `async def`; its missing key gets one compute lock, so callers in other
 * sessions wait and then hit. A plain function cannot be waited for, and needs no lock: its
 * computation ends before any other session moves.
 */
import type { CacheDataOptions, CacheResourceOptions, CachedFunction } from "../api";
import {
  type CacheApiName,
  StreamlitAPIException,
  UnhashableParamError,
  UnserializableReturnValueError,
  UserHashError,
} from "../errors";
import type { CacheEventInput, RunContext } from "../run-context";
import type { CacheKind, Element, KeyArgument, MissReason } from "../types";
import type { CacheRegistry, RegisteredFunction } from "./cache-registry";
import { ttlToMs } from "./duration";
import type { CacheEntry, WriteStamp } from "./function-cache";
import { Hasher, hashInto, shortRepr, typeNameOf, UnhashableValue, UserHashFailure } from "./hashing";
import { parseParamNames } from "./param-names";
import { freezeValue, frozenSize, thawValue, UncopyableValue } from "./value-copy";

type AnyFunction = (...args: never[]) => unknown;
type AnyOptions = CacheDataOptions & CacheResourceOptions<unknown>;

/** The name a cached function is shown and keyed under: its own name, else the variable it is assigned to. */
export function cachedFunctionName(fn: AnyFunction, run: RunContext): string {
  if (fn.name) return fn.name;
  const line = run.callerLine();
  const text = line !== undefined ? run.sourceLines[line - 1] : undefined;
  const match = text
    ? /(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::.*?)?=\s*(?:st\.)?cache(?:Data|Resource)\b/.exec(text)
    : null;
  return match ? match[1] : "anonymous";
}

/** Options as text for the function's identity (Streamlit keys the decorator's arguments too). */
function optionsIdentity(options: AnyOptions): string {
  return JSON.stringify(options, (_key, value: unknown) => (typeof value === "function" ? String(value) : value));
}

/** cache_data_api.py: `persist` must be "disk", True, False or None. */
function validatePersist(persist: AnyOptions["persist"]): boolean {
  if (persist === undefined || persist === null || persist === false) return false;
  if (persist === true || persist === "disk") return true;
  throw new StreamlitAPIException(`Unsupported persist option '${String(persist)}'. Valid values are 'disk' or None.`);
}

/** cache_resource_api.py: `scope` must be "global" or "session". */
function validateScope(scope: unknown): "global" | "session" {
  if (scope === undefined || scope === "global") return "global";
  if (scope === "session") return "session";
  throw new StreamlitAPIException(
    `Unsupported scope option '${String(scope)}'. Valid values are 'global' or 'session'.`,
  );
}

/** True for `async function` / `async () =>` (an async function compiled by sucrase stays one). */
function isAsyncFunction(fn: AnyFunction): boolean {
  return Object.prototype.toString.call(fn) === "[object AsyncFunction]";
}

/** Builds the wrapper `st.cacheData(fn, options)` / `st.cacheResource(fn, options)` returns, bound to one run. */
export function createCachedFunction<F extends AnyFunction>(
  registry: CacheRegistry,
  kind: CacheKind,
  fn: F,
  options: AnyOptions,
  run: RunContext,
): CachedFunction<F> {
  if (typeof fn !== "function") throw new TypeError(`${apiName(kind)} expects a function, got ${typeNameOf(fn)}`);
  const name = cachedFunctionName(fn, run);
  const persist = kind === "data" && validatePersist(options.persist);
  const scope = validateScope(options.scope);
  // Streamlit reads ttl when a call looks its cache up, so a bad ttl string fails the call, not the definition.
  let ttlMs: number | null = null;
  let ttlBad = false;
  try {
    ttlMs = ttlToMs(options.ttl);
  } catch {
    ttlBad = true;
  }
  const registered = registry.register(
    { kind, name, scope, ttlMs, maxEntries: options.maxEntries, persist },
    `${kind}\u0000${name}\u0000${fn.toString()}\u0000${optionsIdentity(options)}`,
  );
  registered.onRelease = options.onRelease as RegisteredFunction["onRelease"];
  const paramNames = parseParamNames(fn.toString());
  const ctx: CallContext = { registry, registered, kind, fn, options, paramNames, name };
  // Parsed again to throw a fresh error, whose stack points at the calling line.
  const checkTtl = () => {
    if (ttlBad) ttlToMs(options.ttl);
  };

  const wrapper = isAsyncFunction(fn)
    ? (...args: unknown[]) => {
        const call = (async () => {
          checkTtl();
          return callAsync(ctx, run, args);
        })();
        run.trackCall(call);
        return call;
      }
    : (...args: unknown[]) => {
        checkTtl();
        return callSync(ctx, run, args);
      };
  const clear = (...args: unknown[]): void => {
    run.beforeCall(`${name}.clear`);
    checkTtl();
    const report = (event: CacheEventInput) => run.event(event);
    const sink = registry.sink(registered, report);
    const { cache } = registered;
    if (args.length === 0) {
      const scopeId = cache.settings.scope === "session" ? run.sessionId : undefined;
      showReleaseErrors(run, cache.clear(sink, run.now(), scopeId));
      report({
        kind: "clear",
        functionName: name,
        cache: kind,
        args: [],
        reason: "cleared",
        emptied: scopeId ? "session" : "cache",
      });
      return;
    }
    showReleaseErrors(run, cache.clearKey(scopeOf(ctx, run), valueKey(ctx, args).key, sink));
  };
  return Object.assign(wrapper, { clear }) as unknown as CachedFunction<F>;
}

/**
 * What Streamlit logs for each onRelease that threw while a clear went on ("Error clearing
 * resource cache: ..."), shown in the run as a warning, since a reader has no server log.
 */
export function showReleaseErrors(run: RunContext, errors: readonly unknown[]): void {
  for (const error of errors)
    run.emit({
      type: "warning",
      body: `Error clearing resource cache: ${error instanceof Error ? error.message : String(error)}`,
    });
}

interface CallContext {
  registry: CacheRegistry;
  registered: RegisteredFunction;
  kind: CacheKind;
  fn: AnyFunction;
  options: AnyOptions;
  paramNames: string[];
  name: string;
}

/** A call's key, where it lives, and why it may miss. */
interface CallKey {
  key: string;
  args: KeyArgument[];
  scopeId: string;
  lockKey: string;
  reason?: MissReason;
}

function apiName(kind: CacheKind): CacheApiName {
  return kind === "data" ? "st.cacheData" : "st.cacheResource";
}

function scopeOf(ctx: CallContext, run: RunContext): string {
  return ctx.registered.cache.settings.scope === "session" ? run.sessionId : "global";
}

/**
 * The value key of a call, as cache_utils.py's `_make_value_key`: each argument named after its
 * parameter, `_` parameters left out; the values of a rest parameter (Python's `*args`, named
 * None there) always hashed.
 */
function valueKey(ctx: CallContext, args: readonly unknown[]): { key: string; args: KeyArgument[] } {
  const h = new Hasher();
  const shown: KeyArgument[] = [];
  const rest = ctx.paramNames.findIndex((p) => p.startsWith("..."));
  for (let i = 0; i < args.length; i++) {
    const inRest = rest >= 0 && i >= rest;
    const param = inRest ? `${ctx.paramNames[rest].slice(3)}[${i - rest}]` : (ctx.paramNames[i] ?? `arg${i}`);
    if (!inRest && param.startsWith("_")) continue;
    h.string(inRest ? "\u0000rest" : param);
    try {
      hashInto(h, args[i], ctx.options.hashFuncs);
    } catch (error) {
      if (error instanceof UnhashableValue) {
        throw new UnhashableParamError(ctx.name, param, typeNameOf(args[i]), apiName(ctx.kind), error.typeName);
      }
      if (error instanceof UserHashFailure) {
        throw new UserHashError(ctx.name, error.typeName, error.original, {
          api: apiName(ctx.kind),
          hashFuncName: error.hashFuncName,
          hashStack: error.hashStack,
        });
      }
      throw error;
    }
    shown.push({ name: param, repr: shortRepr(args[i]) });
  }
  return { key: h.digest(), args: shown };
}

/** The start of every call: the hook, then the key (which may throw UnhashableParamError). */
function keyOf(ctx: CallContext, run: RunContext, args: readonly unknown[]): CallKey {
  run.beforeCall(ctx.name);
  const { key, args: shown } = valueKey(ctx, args);
  const scopeId = scopeOf(ctx, run);
  return { key, args: shown, scopeId, lockKey: `${scopeId}\u0000${key}` };
}

function replay(run: RunContext, elements: readonly Element[]): void {
  // Elements are plain data nobody mutates after emission, so a hit can share them.
  for (const element of elements) run.emit(element);
}

/** Hands a stored entry to the caller: the same object (resource) or a fresh copy (data). */
function handOut(ctx: CallContext, run: RunContext, entry: CacheEntry, fromPersistStore = false): unknown {
  const base = { functionName: ctx.name, cache: ctx.kind, args: entry.args };
  const persisted = fromPersistStore ? { fromPersistStore: true as const } : {};
  entry.hits++;
  replay(run, entry.elements);
  if (ctx.kind === "resource") {
    run.event({ ...base, ...persisted, kind: "hit", objectId: entry.objectId });
    run.trackResource(ctx.name, entry.value, entry.objectId, ctx.registered.cache.settings.scope);
    return entry.value;
  }
  const started = run.now();
  const copy = thawValue(entry.frozen!, ctx.registry.options.danfo());
  const objectId = ctx.registry.objectIds.of(copy);
  if (objectId !== undefined) entry.objectId = objectId;
  run.event({ ...base, ...persisted, kind: "hit", objectId });
  run.event({ ...base, kind: "copy", objectId, durationMs: run.now() - started });
  return copy;
}

/**
 * Looks the key up, synchronously: a live entry (validated, for resources), else a persisted one.
 * Returns `{ value }` on a hit; otherwise notes on `k` why it missed.
 */
function probe(ctx: CallContext, run: RunContext, k: CallKey): { value: unknown } | undefined {
  const { cache } = ctx.registered;
  const found = cache.read(k.scopeId, k.key, run.now());
  if (found === "expired") {
    const entry = cache.entryOf(k.scopeId, k.key)!;
    if (!entry.expiredSeen) {
      entry.expiredSeen = true;
      run.event({
        kind: "expire",
        functionName: ctx.name,
        cache: ctx.kind,
        args: entry.args,
        objectId: entry.objectId,
        reason: "expired",
      });
    }
    k.reason = "expired";
  } else if (found) {
    const validate = ctx.options.validate;
    if (ctx.kind === "resource" && validate && !validate(found.value)) {
      cache.remove(
        k.scopeId,
        k.key,
        "invalid",
        ctx.registry.sink(ctx.registered, (event) => run.event(event)),
      );
      k.reason = "invalid";
    } else return { value: handOut(ctx, run, found) };
  }
  const persisted = cache.readPersisted(k.key);
  if (!persisted) return undefined;
  // The call's own arguments, not the stored entry's: they hash to the same key, and entries
  // persisted by older versions of Cache Lab carry a display string instead.
  const { writtenAt, elements, frozen, sizeBytes } = persisted;
  const entry: CacheEntry = {
    valueKey: k.key,
    args: k.args,
    writtenAt,
    elements,
    frozen,
    sizeBytes,
    hits: 0,
    objectId: 0,
  };
  cache.write(
    k.scopeId,
    entry,
    cache.stamp(k.scopeId, k.key),
    run.now(),
    ctx.registry.sink(ctx.registered, (event) => run.event(event)),
  );
  return { value: handOut(ctx, run, entry, true) };
}

/** Reports the miss and returns the stamp its computation must still hold to store its value. */
function miss(ctx: CallContext, run: RunContext, k: CallKey): WriteStamp {
  const { cache } = ctx.registered;
  const reason =
    k.reason ??
    cache.goneReason(k.key) ??
    (ctx.registered.codeChanged && !cache.everStored ? "code-changed" : "first-call");
  run.event({ functionName: ctx.name, cache: ctx.kind, args: k.args, kind: "miss", reason });
  return cache.stamp(k.scopeId, k.key);
}

/** A call of a plain function: the value, hit or miss, in the same tick. */
function callSync(ctx: CallContext, run: RunContext, args: unknown[]): unknown {
  const k = keyOf(ctx, run, args);
  const hit = probe(ctx, run, k);
  if (hit) return hit.value;
  const stamp = miss(ctx, run, k);
  const computing = startComputing(ctx, run, args);
  let value: unknown;
  try {
    value = (ctx.fn as (...a: unknown[]) => unknown)(...args);
  } finally {
    computing.end();
  }
  return store(ctx, run, k, value, computing, stamp);
}

/** A call of an async function: hits at once; a missing key is computed once, other callers wait for it. */
async function callAsync(ctx: CallContext, run: RunContext, args: unknown[]): Promise<unknown> {
  const k = keyOf(ctx, run, args);
  const { cache } = ctx.registered;
  for (;;) {
    const hit = probe(ctx, run, k);
    if (hit) return hit.value;
    const pending = cache.inflight.get(k.lockKey);
    if (!pending) break;
    run.event({ functionName: ctx.name, cache: ctx.kind, args: k.args, kind: "wait" });
    // Streamlit's waiter sits inside the same spinner as the computing caller, so it shows one too.
    const hideSpinner = showSpinner(ctx, run, args);
    try {
      await pending;
    } finally {
      hideSpinner?.();
    }
  }
  let finish!: () => void;
  const lock = new Promise<void>((resolve) => (finish = resolve));
  cache.inflight.set(k.lockKey, lock);
  try {
    const stamp = miss(ctx, run, k);
    const computing = startComputing(ctx, run, args);
    let value: unknown;
    try {
      value = await (ctx.fn as (...a: unknown[]) => unknown)(...args);
    } finally {
      computing.end();
    }
    return store(ctx, run, k, value, computing, stamp);
  } finally {
    // A clear may have dropped this lock (and a newer computation may hold the key's lock now).
    if (cache.inflight.get(k.lockKey) === lock) cache.inflight.delete(k.lockKey);
    finish();
  }
}

/** Shows the cache spinner if this is the outermost cached call and the options allow it; returns its hider. */
function showSpinner(ctx: CallContext, run: RunContext, args: unknown[]): (() => void) | undefined {
  const show = ctx.options.showSpinner ?? true;
  if (run.cacheDepth > 0 || show === false) return undefined;
  return run.spinner(typeof show === "string" ? show : `Running \`${ctx.name}(${args.length > 0 ? "..." : ""})\`.`);
}

interface Computing {
  recorded: Element[];
  started: number;
  end(): void;
}

/** Enters a computation: spinner, depth (for nested calls and the cached-widget warning), output recorder. */
function startComputing(ctx: CallContext, run: RunContext, args: unknown[]): Computing {
  const hideSpinner = showSpinner(ctx, run, args);
  const recorded: Element[] = [];
  run.cacheDepth++;
  run.recorders.push(recorded);
  return {
    recorded,
    started: run.now(),
    end: () => {
      run.cacheDepth--;
      run.recorders.splice(run.recorders.lastIndexOf(recorded), 1);
      hideSpinner?.();
    },
  };
}

/**
 * Stores a computed value (resource: itself; data: a frozen copy, in memory and in the persist
 * store) unless a clear came while it was computed: then the caller still gets its value, but the
 * stale value is not stored. Returns the value.
 */
function store(
  ctx: CallContext,
  run: RunContext,
  k: CallKey,
  value: unknown,
  computing: Computing,
  stamp: WriteStamp,
): unknown {
  const { cache } = ctx.registered;
  const base = { functionName: ctx.name, cache: ctx.kind, args: k.args };
  const objectId = ctx.registry.objectIds.of(value);
  run.event({ ...base, kind: "compute", durationMs: run.now() - computing.started, objectId });
  const writtenAt = run.now();
  const sink = ctx.registry.sink(ctx.registered, (event) => run.event(event));
  const entry: CacheEntry = {
    valueKey: k.key,
    args: k.args,
    writtenAt,
    hits: 0,
    elements: computing.recorded,
    sizeBytes: 0,
    objectId: objectId ?? 0,
  };
  if (ctx.kind === "resource") {
    entry.value = value;
    if (cache.write(k.scopeId, entry, stamp, writtenAt, sink)) run.event({ ...base, kind: "store", objectId });
    run.trackResource(ctx.name, value, objectId, cache.settings.scope);
    return value;
  }
  try {
    entry.frozen = freezeValue(value);
  } catch (error) {
    if (!(error instanceof UncopyableValue)) throw error;
    const refused = new UnserializableReturnValueError(ctx.name, error.typeName);
    // The likely slip of a TypeScript reader: a plain function that returns a promise (of a file read).
    if (value instanceof Promise)
      refused.message += ` \`${ctx.name}\` is not \`async\` but returned a Promise: declare it \`async\` (and \`await\` its call), so that the cache stores the value the promise gives.`;
    throw refused;
  }
  entry.sizeBytes = frozenSize(entry.frozen);
  if (cache.write(k.scopeId, entry, stamp, writtenAt, sink)) {
    cache.writePersisted(k.key, {
      writtenAt,
      elements: computing.recorded,
      frozen: entry.frozen,
      sizeBytes: entry.sizeBytes,
    });
    run.event({ ...base, kind: "store", objectId, durationMs: run.now() - writtenAt });
  }
  return value;
}
