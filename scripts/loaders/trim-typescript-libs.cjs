/**
 * A Turbopack (webpack-style) loader for Monaco's two lists of TypeScript's lib files:
 * - `lib/lib.js`, the `libFileMap` the TypeScript worker reads (92 .d.ts files as strings, ~440 KB
 *   gzipped, lib.dom.d.ts alone ~270 KB), and
 * - `lib/lib.index.js`, the `libFileSet` of their names the page keeps to open a lib file.
 * Both are cut down to the files the editor's compiler options reach: each lib named in the options
 * (`lib/editor/typescript-libs.json`, given as the loader's `libs` option) and every lib those pull
 * in through `/// <reference lib="..." />`. Nothing else can enter the worker's program: with `lib`
 * set, TypeScript loads no default lib (the worker's getDefaultLibFileName only names a directory).
 *
 * CommonJS, because Turbopack runs loaders in Node through loader-runner.
 */
const fs = require("node:fs");
const path = require("node:path");

/** Runs one of Monaco's lib modules (`const x = {}; x["..."] = ...; export { x };`) and returns `x`. */
function evaluateLibModule(source, name) {
  const exportLine = `export { ${name} };`;
  if (!source.includes(exportLine)) throw new Error(`trim-typescript-libs: expected "${exportLine}" in the module`);
  return new Function(source.replace(exportLine, `return ${name};`))();
}

/** The file name of a lib as compiler options and `/// <reference lib>` name it ("es2022" → "lib.es2022.d.ts"). */
function libFileName(lib) {
  return `lib.${lib.toLowerCase()}.d.ts`;
}

/** Every lib file reachable from `libs` in `libFileMap`, following `/// <reference lib="..." />`. */
function reachableLibFiles(libFileMap, libs) {
  const reached = new Set();
  const pending = libs.map(libFileName);
  while (pending.length > 0) {
    const file = pending.pop();
    if (reached.has(file)) continue;
    const text = libFileMap[file];
    if (text === undefined) throw new Error(`trim-typescript-libs: Monaco has no ${file} (is the lib name right?)`);
    reached.add(file);
    for (const match of text.matchAll(/^\/\/\/\s*<reference\s+lib="([^"]+)"\s*\/>/gm))
      pending.push(libFileName(match[1]));
  }
  return reached;
}

/** `lib/lib.js` with only the files in `keep`. */
function renderLibMap(libFileMap, keep) {
  const lines = ["const libFileMap = {};"];
  for (const file of Object.keys(libFileMap).filter((f) => keep.has(f)))
    lines.push(`libFileMap[${JSON.stringify(file)}] = ${JSON.stringify(libFileMap[file])};`);
  lines.push("export { libFileMap };", "");
  return lines.join("\n");
}

/** `lib/lib.index.js` with only the names in `keep`. */
function renderLibSet(libFileSet, keep) {
  const lines = ["const libFileSet = {};"];
  for (const file of Object.keys(libFileSet).filter((f) => keep.has(f)))
    lines.push(`libFileSet[${JSON.stringify(file)}] = true;`);
  lines.push("export { libFileSet };", "");
  return lines.join("\n");
}

/** The loader: `source` is lib.js or lib.index.js; the `libs` option lists the compiler options' libs. */
function trimTypescriptLibs(source) {
  const options = typeof this.getOptions === "function" ? this.getOptions() : this.query;
  const libs = options && options.libs;
  if (!Array.isArray(libs) || libs.length === 0) throw new Error("trim-typescript-libs: the `libs` option is missing");
  const file = path.basename(this.resourcePath);
  if (file === "lib.js") {
    const libFileMap = evaluateLibModule(source, "libFileMap");
    return renderLibMap(libFileMap, reachableLibFiles(libFileMap, libs));
  }
  if (file === "lib.index.js") {
    const mapPath = path.join(path.dirname(this.resourcePath), "lib.js");
    if (typeof this.addDependency === "function") this.addDependency(mapPath);
    const libFileMap = evaluateLibModule(fs.readFileSync(mapPath, "utf8"), "libFileMap");
    return renderLibSet(evaluateLibModule(source, "libFileSet"), reachableLibFiles(libFileMap, libs));
  }
  throw new Error(`trim-typescript-libs: applied to ${this.resourcePath}, which is neither lib.js nor lib.index.js`);
}

module.exports = trimTypescriptLibs;
module.exports.evaluateLibModule = evaluateLibModule;
module.exports.reachableLibFiles = reachableLibFiles;
module.exports.renderLibMap = renderLibMap;
module.exports.renderLibSet = renderLibSet;
