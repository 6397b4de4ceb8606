/**
 * Put in place of `plotly.js-dist-min` by the bundler (next.config.js). danfojs requires Plotly only
 * when `window` exists, which it never does in the sandbox worker, yet a bundler would still pack its
 * 3.6 MB. `df.plot()` behaves as before: in the worker Plotly was never loaded.
 */
export {};
