/**
 * `npm run generate`, run by npm before `build` and `dev`: writes the files the site needs but git
 * does not keep. Each prints what it wrote and how long it took. `--editor-only` (before
 * `typecheck`) writes the first two.
 * - lib/editor/generated/api-types.ts: Monaco's declarations of `st` and `dfd` (build-api-types.ts)
 * - lib/editor/generated/completions.ts: their members, listed before the TypeScript worker loads
 *   (build-completions.ts)
 * - public/embed.js: the host script for embeds (build-embed-script.ts)
 */
import { API_TYPES_MODULE, buildApiTypeFiles, writeApiTypes } from "./build-api-types";
import { COMPLETIONS_MODULE, writeCompletions } from "./build-completions";
import { EMBED_OUTPUT, writeEmbedScript } from "./build-embed-script";

async function step(name: string, work: () => boolean | Promise<boolean>): Promise<void> {
  const started = performance.now();
  const changed = await work();
  console.log(`${name}: ${changed ? "written" : "unchanged"} in ${Math.round(performance.now() - started)} ms`);
}

const apiTypeFiles = buildApiTypeFiles();
await step(API_TYPES_MODULE, () => writeApiTypes(apiTypeFiles));
await step(COMPLETIONS_MODULE, () => writeCompletions(apiTypeFiles));
// `--editor-only` (npm's pretypecheck): the two modules the type check reads, not embed.js.
if (!process.argv.includes("--editor-only")) await step(EMBED_OUTPUT, writeEmbedScript);
// performance.now() counts from node's start: this includes loading TypeScript and rolldown.
console.log(`generated in ${Math.round(performance.now())} ms since node started`);
