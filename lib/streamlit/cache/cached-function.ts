/**
 * The cached-function engine: what a call to a function wrapped by st.cacheData / st.cacheResource
 * does. Hit, wait and miss follow Streamlit's cache_utils.py: hits take no lock; a missing key gets
 * one compute lock, so concurrent callers (other sessions) wait and then hit; exceptions are not
 * cached; output produced during a miss is recorded and replayed on every hit.
 */
import { type CacheApiName, StreamlitAPIException, UnhashableParamError, UnserializableReturnValueError, UserHashError } from "../errors";
import type { CacheEventInput, RunContext } from "../run-context";
import type { CacheKind, Element } from "../types";
import type { CacheRegistry, RegisteredFunction } from "./cache-registry";
import { ttlToMs } from "./duration";
import type { CacheEntry } from "./function-cache";
import { Hasher, hashInto, shortRepr, typeNameOf, UnhashableValue, UserHashFailure } from "./hashing";
import type { CacheDataOptions, CacheResourceOptions, CachedFunction } from "./options";
import { parseParamNames } from "./param-names";
import { freezeValue, frozenSize, thawValue, UncopyableValue } from "./value-copy";

type AnyFunction = (...args: never[]) => unknown;
type AnyOptions = CacheDataOptions & CacheResourceOptions<unknown>;

/** The name a cached function is shown and keyed under: its own name, else the variable it is assigned to. */
export function cachedFunctionName(fn: AnyFunction, run: RunContext): string {
  if (fn.name) return fn.name;
  const line = run.callerLine();
  const text = line !== undefined ? run.sourceLines[line - 1] : undefined;
  const match = text ? /(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::.*?)?=\s*(?:st\.)?cache(?:Data|Resource)\b/.exec(text) : null;
  return match ? match[1] : "anonymous";
}

/** Options as text for the function's identity (Streamlit keys the decorator's arguments too). */
function optionsIdentity(options: AnyOptions): string {
  return JSON.stringify(options, (_key, value: unknown) => (typeof value === "function" ? String(value) : value));
}

function validatePersist(persist: AnyOptions["persist"]): boolean {
  if (persist === undefined || persist === null || persist === false) return false;
  if (persist === true || persist === "disk") return true;
  throw new StreamlitAPIException(`Unsupported persist option '${String(persist)}'. Valid values are "disk", true or null.`);
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
  const registered = registry.register(
    {
      kind,
      name,
      scope: options.scope === "session" ? "session" : "global",
      ttlMs: ttlToMs(options.ttl),
      maxEntries: options.maxEntries ?? null,
      persist,
    },
    `${kind}\u0000${name}\u0000${fn.toString()}\u0000${optionsIdentity(options)}`,
  );
  registered.onRelease = options.onRelease as RegisteredFunction["onRelease"];
  const paramNames = parseParamNames(fn.toString());
  const ctx: CallContext = { registry, registered, kind, fn, options, paramNames, name };

  const wrapper = (...args: Parameters<F>) => {
    const call = callCached(ctx, run, args);
    run.trackCall(call);
    return call as Promise<Awaited<ReturnType<F>>>;
  };
  wrapper.clear = async (...args: Parameters<F> | []) => {
    run.beforeCall(`${name}.clear`);
    const report = (event: CacheEventInput) => run.event(event);
    const sink = registry.sink(registered, report);
    if (args.length === 0) {
      await registered.cache.clear(sink);
      report({ kind: "clear", functionName: name, cache: kind, keySummary: "(all entries)" });
      return;
    }
    const key = valueKey(ctx, args);
    await registered.cache.clearKey(scopeOf(ctx, run), key.key, sink);
  };
  return wrapper as CachedFunction<F>;
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

function apiName(kind: CacheKind): CacheApiName {
  return kind === "data" ? "st.cacheData" : "st.cacheResource";
}

function scopeOf(ctx: CallContext, run: RunContext): string {
  return ctx.registered.cache.settings.scope === "session" ? run.sessionId : "global";
}

/** The value key of a call (arguments by parameter name, `_` parameters left out) and its display. */
function valueKey(ctx: CallContext, args: readonly unknown[]): { key: string; summary: string } {
  const h = new Hasher();
  const shown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const param = ctx.paramNames[i] ?? `arg${i}`;
    if (param.startsWith("_")) continue;
    h.string(param);
    try {
      hashInto(h, args[i], ctx.options.hashFuncs);
    } catch (error) {
      if (error instanceof UnhashableValue) {
        throw new UnhashableParamError(ctx.name, param, typeNameOf(args[i]), apiName(ctx.kind), error.typeName);
      }
      if (error instanceof UserHashFailure) throw new UserHashError(ctx.name, error.typeName, error.original);
      throw error;
    }
    shown.push(`${param}=${shortRepr(args[i])}`);
  }
  return { key: h.digest(), summary: shown.join(", ") };
}

function replay(run: RunContext, elements: readonly Element[]): void {
  // Elements are plain data nobody mutates after emission, so a hit can share them.
  for (const element of elements) run.emit(element);
}

/** Hands a stored entry to the caller: the same object (resource) or a fresh copy (data). */
function handOut(ctx: CallContext, run: RunContext, entry: CacheEntry, reason?: string): unknown {
  const base = { functionName: ctx.name, cache: ctx.kind, keySummary: entry.keySummary, ...(reason ? { reason } : {}) };
  entry.hits++;
  replay(run, entry.elements);
  if (ctx.kind === "resource") {
    run.event({ ...base, kind: "hit", objectId: entry.objectId });
    run.trackResource(ctx.name, entry.value, entry.objectId);
    return entry.value;
  }
  const started = run.now();
  const copy = thawValue(entry.frozen!, ctx.registry.options.danfo());
  const objectId = ctx.registry.objectIds.of(copy);
  if (objectId !== undefined) entry.objectId = objectId;
  run.event({ ...base, kind: "hit", objectId });
  run.event({ ...base, kind: "copy", objectId, durationMs: run.now() - started });
  return copy;
}

async function callCached(ctx: CallContext, run: RunContext, args: unknown[]): Promise<unknown> {
  run.beforeCall(ctx.name);
  const { cache } = ctx.registered;
  const { key, summary } = valueKey(ctx, args);
  const scopeId = scopeOf(ctx, run);
  const lockKey = `${scopeId}\u0000${key}`;
  const report = (event: CacheEventInput) => run.event(event);
  const sink = ctx.registry.sink(ctx.registered, report);
  const base = { functionName: ctx.name, cache: ctx.kind, keySummary: summary };
  let reason: string | undefined;
  for (;;) {
    const found = cache.read(scopeId, key, run.now(), sink);
    if (found && found !== "expired") {
      const validate = ctx.options.validate;
      if (ctx.kind === "resource" && validate && !validate(found.value)) {
        cache.remove(scopeId, key, "validate returned false", sink);
        reason = "validate returned false";
      } else {
        return handOut(ctx, run, found);
      }
    }
    if (found === "expired") reason = "expired";
    const pending = cache.inflight.get(lockKey);
    if (!pending) break;
    run.event({ ...base, kind: "wait", reason: "another session is computing this key" });
    // Streamlit's waiter sits inside the same spinner as the computing caller, so it shows one too.
    const hideSpinner = showSpinner(ctx, run, args);
    try {
      await pending;
    } finally {
      hideSpinner?.();
    }
  }
  let finish!: () => void;
  cache.inflight.set(lockKey, new Promise<void>((resolve) => (finish = resolve)));
  try {
    const persisted = await cache.readPersisted(key);
    if (persisted) {
      const entry: CacheEntry = { valueKey: key, ...persisted, hits: 0, objectId: 0 };
      cache.write(scopeId, entry, sink);
      return handOut(ctx, run, entry, "read from the persist store");
    }
    reason ??= cache.goneReason(key) ?? (ctx.registered.codeChanged && !cache.everStored ? "code changed" : "first call");
    run.event({ ...base, kind: "miss", reason });
    return await compute(ctx, run, args, { key, summary, scopeId });
  } finally {
    cache.inflight.delete(lockKey);
    finish();
  }
}

/** Shows the cache spinner if this is the outermost cached call and the options allow it; returns its hider. */
function showSpinner(ctx: CallContext, run: RunContext, args: unknown[]): (() => void) | undefined {
  const show = ctx.options.showSpinner ?? true;
  if (run.cacheDepth > 0 || show === false) return undefined;
  return run.spinner(typeof show === "string" ? show : `Running \`${ctx.name}(${args.length > 0 ? "..." : ""})\`.`);
}

async function compute(ctx: CallContext, run: RunContext, args: unknown[], k: { key: string; summary: string; scopeId: string }): Promise<unknown> {
  const { cache } = ctx.registered;
  const base = { functionName: ctx.name, cache: ctx.kind, keySummary: k.summary };
  const hideSpinner = showSpinner(ctx, run, args);
  const recorded: Element[] = [];
  const started = run.now();
  run.cacheDepth++;
  run.recorders.push(recorded);
  let value: unknown;
  try {
    value = await (ctx.fn as (...a: unknown[]) => unknown)(...args);
  } finally {
    run.cacheDepth--;
    run.recorders.splice(run.recorders.lastIndexOf(recorded), 1);
    hideSpinner?.();
  }
  const objectId = ctx.registry.objectIds.of(value);
  run.event({ ...base, kind: "compute", durationMs: run.now() - started, objectId });
  const writtenAt = run.now();
  const sink = ctx.registry.sink(ctx.registered, (event) => run.event(event));
  if (ctx.kind === "resource") {
    cache.write(k.scopeId, { valueKey: k.key, keySummary: k.summary, writtenAt, hits: 0, elements: recorded, value, sizeBytes: 0, objectId: objectId ?? 0 }, sink);
    run.event({ ...base, kind: "store", objectId });
    run.trackResource(ctx.name, value, objectId);
    return value;
  }
  let frozen;
  try {
    frozen = freezeValue(value);
  } catch (error) {
    if (error instanceof UncopyableValue) throw new UnserializableReturnValueError(ctx.name, error.typeName);
    throw error;
  }
  const sizeBytes = frozenSize(frozen);
  cache.write(k.scopeId, { valueKey: k.key, keySummary: k.summary, writtenAt, hits: 0, elements: recorded, frozen, sizeBytes, objectId: objectId ?? 0 }, sink);
  await cache.writePersisted(k.key, { keySummary: k.summary, writtenAt, elements: recorded, frozen, sizeBytes });
  run.event({ ...base, kind: "store", objectId, durationMs: run.now() - writtenAt });
  return value;
}
