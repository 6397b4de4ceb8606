/**
 * Runs before every unit test file: puts Cache Lab's TensorFlow.js stand-in (lib/pandas/tfjs-lite.ts)
 * where danfojs looks for `@tensorflow/tfjs`, as next.config.js does for the site, so the tests run
 * danfojs the way the sandbox does. danfojs is loaded by Node's own `require` (it is not transformed
 * by Vitest), so an alias cannot reach it; an entry in Node's module cache does.
 */
import Module, { createRequire } from "node:module";
import * as tfjsLite from "./lib/pandas/tfjs-lite";

const here = createRequire(import.meta.url);
const danfoRequire = createRequire(here.resolve("danfojs"));
const tfjsPath = danfoRequire.resolve("@tensorflow/tfjs");
if (!here.cache[tfjsPath]) {
  const entry = new Module(tfjsPath);
  entry.filename = tfjsPath;
  entry.loaded = true;
  entry.exports = { ...tfjsLite };
  here.cache[tfjsPath] = entry;
}
