/**
 * Runs before every unit test file: puts Cache Lab's stand-ins where danfojs looks for
 * `@tensorflow/tfjs`, `mathjs` and `xlsx`, as next.config.js does for the site, so the tests run
 * danfojs the way the sandbox does. danfojs is loaded by Node's own `require` (Vitest does not
 * transform it), so an alias cannot reach it; an entry in Node's module cache does.
 */
import Module, { createRequire } from "node:module";
import * as mathjsLite from "./lib/pandas/mathjs-lite";
import * as tfjsLite from "./lib/pandas/tfjs-lite";
import * as xlsxAbsent from "./lib/pandas/xlsx-absent";

const here = createRequire(import.meta.url);
const danfoRequire = createRequire(here.resolve("danfojs"));

function replace(name: string, exports: object): void {
  const file = danfoRequire.resolve(name);
  if (here.cache[file]) return;
  const entry = new Module(file);
  entry.filename = file;
  entry.loaded = true;
  entry.exports = { ...exports };
  here.cache[file] = entry;
}

replace("@tensorflow/tfjs", tfjsLite);
replace("mathjs", mathjsLite);
replace("xlsx", xlsxAbsent);
