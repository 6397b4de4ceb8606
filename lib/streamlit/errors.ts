/**
 * Errors the emulation raises into scripts. Each is a named class whose message teaches the fix,
 * worded after Streamlit's own (runtime/caching/cache_errors.py), adapted to TypeScript syntax.
 * Each sets `name` from a string, never from `constructor.name`: the site's bundle is minified,
 * and the reader must read `UnhashableParamError`, not the minifier's `er` (lib/error-names.test.ts).
 */

/** Base of every error raised by the st API itself (Streamlit's StreamlitAPIException). */
export class StreamlitAPIException extends Error {
  override name = "StreamlitAPIException";
}

/** Which decorator a cached function came from, as scripts write it. */
export type CacheApiName = "st.cacheData" | "st.cacheResource";

/** An argument of a cached function could not be hashed into a cache key. */
export class UnhashableParamError extends StreamlitAPIException {
  override name = "UnhashableParamError";

  constructor(
    readonly functionName: string,
    readonly paramName: string,
    readonly typeName: string,
    api: CacheApiName,
    innerTypeName?: string,
  ) {
    const inner = innerTypeName && innerTypeName !== typeName ? ` (it contains a value of type \`${innerTypeName}\`)` : "";
    super(
      `Cannot hash argument '${paramName}' (of type \`${typeName}\`)${inner} in '${functionName}'.\n\n` +
        `To address this, you can tell Streamlit not to hash this argument by adding a leading underscore ` +
        `to the argument's name in the function signature:\n\n` +
        `const ${functionName} = ${api}((_${paramName}, ...) => {\n  ...\n});`,
    );
  }
}

/** st.cacheData could not copy the value a function returned. */
export class UnserializableReturnValueError extends StreamlitAPIException {
  override name = "UnserializableReturnValueError";

  constructor(
    readonly functionName: string,
    readonly typeName: string,
  ) {
    super(
      `Cannot serialize the return value (of type \`${typeName}\`) in \`${functionName}()\`. ` +
        `\`st.cacheData\` copies the return value into the cache so that callers can never change the cached ` +
        `value. Convert the return value to plain data (numbers, strings, arrays, objects, Maps, Sets, Dates, ` +
        `DataFrames). To cache objects that cannot be copied, such as connections or models, use ` +
        `\`st.cacheResource\` instead.`,
    );
  }
}

/** A function given in `hashFuncs` threw while hashing an argument. */
export class UserHashError extends StreamlitAPIException {
  override name = "UserHashError";

  constructor(
    readonly functionName: string,
    readonly typeName: string,
    readonly original: unknown,
  ) {
    const originalText = original instanceof Error ? `${original.name}: ${original.message}` : String(original);
    super(
      `${originalText}\n\nError in \`${functionName}\` while hashing an object of type \`${typeName}\` with the ` +
        `user-provided hash function in \`hashFuncs\`. Fix the hash function, or leave the argument out of the ` +
        `key by adding a leading underscore to its name.`,
    );
  }
}

/** Raised by `st.rerun()`: ends the current run and starts a new one. Not an Error on purpose. */
export class RerunSignal {
  readonly kind = "rerun";
}

/** Raised by `st.stop()`: ends the run quietly. */
export class StopSignal {
  readonly kind = "stop";
}
