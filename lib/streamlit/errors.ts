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
    const inner =
      innerTypeName && innerTypeName !== typeName ? ` (it contains a value of type \`${innerTypeName}\`)` : "";
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

/**
 * A function given in `hashFuncs` threw while hashing an argument (Streamlit's hashing.py,
 * UserHashError). Shown, as in Streamlit, under the type of the error the hash function threw.
 */
export class UserHashError extends StreamlitAPIException {
  override name = "UserHashError";

  constructor(
    readonly functionName: string,
    readonly typeName: string,
    readonly original: unknown,
    details: { api: CacheApiName; hashFuncName: string; hashStack: string },
  ) {
    const originalText = original instanceof Error ? original.message : String(original);
    const hashFunc = details.hashFuncName ? `\`${details.hashFuncName}()\`` : "a function";
    super(
      `${originalText}\n\nThis error is likely due to a bug in ${hashFunc}, which is a\n` +
        `user-defined hash function that was passed into the \`${details.api}\` decorator of\n` +
        `\`${functionName}()\`.\n\n${hashFunc} failed when hashing an object of type\n` +
        `\`${typeName}\`.  If you don't know where that object is coming from,\n` +
        `try looking at the hash chain below for an object that you do recognize, then\n` +
        `pass that to \`hashFuncs\` instead:\n\n\`\`\`\n${details.hashStack}\n\`\`\`\n\n` +
        `If you think this is actually a Streamlit bug, please\n` +
        `[file a bug report here](https://github.com/streamlit/streamlit/issues/new/choose).`,
    );
    // Streamlit shows it under the original error's type (its `alternate_name`, elements/exception.py).
    this.name = original instanceof Error && original.name ? original.name : "UserHashError";
  }
}

/** A `ttl` string that pandas' Timedelta cannot read (Streamlit's errors.py, StreamlitBadTimeStringError). */
export class StreamlitBadTimeStringError extends StreamlitAPIException {
  constructor(readonly timeString: string) {
    // Streamlit's wording, missing space after "as" included.
    super(
      `Time string doesn't look right. It should be formatted as\`'1d2h34m'\` or \`2 days\`, for example. Got: ${timeString}`,
    );
    this.name = "StreamlitBadTimeStringError";
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
