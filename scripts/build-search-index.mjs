#!/usr/bin/env node
// Builds the site's search index into out/pagefind/ with Pagefind (runs after `next build`, as
// npm's postbuild, and in the e2e harness's build). Two kinds of records:
//   - every tutorial page, by its <article data-pagefind-body> (headings with ids become sections);
//   - every example, as its own record: title, TypeScript and Python twin, linked to its playground
//     on the tutorial that shows it (`#code-<group>-<name>`, the id of the playground's code).
// Everything is served by the site itself; the browser loads /pagefind/pagefind.js on first search.
//
//   node scripts/build-search-index.mjs [--dir out]
import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

const argv = process.argv.slice(2);
const dirIndex = argv.indexOf("--dir");
const dir = dirIndex >= 0 ? argv[dirIndex + 1] : "out";
const EXAMPLE_START = "// ---- example ----";

const decode = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const attribute = (tag, name) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]) : null;
};

/** Every playground on the built tutorial pages: example name, title, page. */
function playgroundsOf(tutorialsDir) {
  const found = new Map();
  for (const file of fs
    .readdirSync(tutorialsDir)
    .filter((f) => f.endsWith(".html"))
    .sort()) {
    const html = fs.readFileSync(path.join(tutorialsDir, file), "utf8");
    for (const [tag] of html.matchAll(/<section\b[^>]*\bdata-example="[^"]*"[^>]*>/g)) {
      const example = attribute(tag, "data-example");
      const label = attribute(tag, "aria-label") ?? "";
      if (!example || found.has(example)) continue;
      found.set(example, {
        example,
        title: label.replace(/^[^:]*:\s*/, "") || example,
        page: `/tutorials/${file.replace(/\.html$/, "")}`,
      });
    }
  }
  return [...found.values()];
}

function exampleText(example) {
  const base = path.join("content", "examples", example);
  const ts = fs.readFileSync(`${base}.ts`, "utf8");
  const body = ts.slice(ts.indexOf(EXAMPLE_START) + EXAMPLE_START.length).trim();
  const python = fs.existsSync(`${base}.py`) ? fs.readFileSync(`${base}.py`, "utf8") : "";
  // Pagefind splits words at spaces, so `max_entries=2` would be one word: punctuation becomes spaces.
  return `${body}\n\n${python}`.replace(/[=(){}[\],:;"'`@.<>+*/?!]+/g, " ");
}

if (!fs.existsSync(path.join(dir, "tutorials"))) {
  console.error(`No ${dir}/tutorials: build the site first (next build).`);
  process.exit(1);
}
const { index, errors } = await pagefind.createIndex({
  forceLanguage: "en",
  // The playground's controls and output are not content; its code is indexed as the example's record.
  excludeSelectors: [
    "[role=toolbar]",
    "[data-testid=status-line]",
    "[data-testid=output]",
    "[data-testid=inspector]",
    "[data-testid=code-twin]",
    "[data-testid=run-count]",
  ],
});
if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
const pages = await index.addDirectory({ path: dir, glob: "tutorials/*.html" });
if (pages.errors.length) throw new Error(`Pagefind could not index the pages: ${pages.errors.join("; ")}`);
const examples = playgroundsOf(path.join(dir, "tutorials"));
for (const { example, title, page } of examples) {
  const added = await index.addCustomRecord({
    url: `${page}#code-${example.replace(/\//g, "-")}`,
    content: `${title}\n${example}\n${exampleText(example)}`,
    language: "en",
    meta: { title: `Example: ${title}`, example },
  });
  if (added.errors.length) throw new Error(`Pagefind could not index ${example}: ${added.errors.join("; ")}`);
}
const written = await index.writeFiles({ outputPath: path.join(dir, "pagefind") });
if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
await pagefind.close();
// The service worker precaches the search with the rest of the site (lib/offline/service-worker.ts):
// /sw.js is written by next build, before this index exists, so it reads the list from here.
const indexDir = path.join(dir, "pagefind");
const files = fs
  .readdirSync(indexDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map(
    (entry) =>
      "/pagefind/" + path.relative(indexDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
  )
  .filter((file) => !/-ui\.(css|js)$|highlight\.js$/.test(file))
  .sort();
fs.writeFileSync(path.join(indexDir, "files.json"), JSON.stringify(files) + "\n");
console.log(`Search index: ${pages.page_count} tutorial pages and ${examples.length} examples in ${dir}/pagefind/.`);
