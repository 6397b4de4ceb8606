/**
 * Cache Lab's emulation of Streamlit: reruns, sessions, st.cacheData / st.cacheResource and the
 * elements examples need, running TypeScript scripts with danfojs standing in for pandas.
 * Plain TypeScript: no React, no DOM, no Node built-ins, so it runs in a Web Worker, in Node and
 * anywhere else.
 *
 * ```ts
 * const server = createServer({ fetch });
 * const session = server.createSession();
 * const result = await session.run(`st.text("hello")`);
 * ```
 */
export {
  createServer,
  type InterleavedOptions,
  type InterleavedRun,
  type InterleavedRunRequest,
  type Server,
  type ServerOptions,
} from "./server";
export { describeSchedule, parseSchedule, readScheduleFor } from "./schedule-text";
export type { RunOptions, Session } from "./session";
export { createIndexedDbStore, createMemoryStore, type PersistStore } from "./persist-store";
export type { SessionStore } from "./st-api";
export type {
  CacheDataApi,
  CacheDataOptions,
  CachedFunction,
  CacheResourceApi,
  CacheResourceOptions,
  CommonCacheOptions,
  HashFuncs,
  Lock,
  LockConstructor,
  MarkdownOptions,
  StApi,
  WidgetOptions,
} from "./api";
export { StreamlitAPIException, UnhashableParamError, UnserializableReturnValueError, UserHashError } from "./errors";
export { lateScriptError, type TransformFn } from "./script";
export * from "./types";
