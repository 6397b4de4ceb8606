/**
 * `npm run generate`, run by npm before `build` and `dev`: writes the files the site needs but git
 * does not keep. Each prints what it wrote and how long it took.
 * - lib/editor/generated/api-types.ts: Monaco's declarations of `st` and `dfd` (build-api-types.ts)
 * - public/embed.js: the host script for embeds (build-embed-script.ts)
 */
import { API_TYPES_MODULE, writeApiTypes } from "./build-api-types";
import { EMBED_OUTPUT, writeEmbedScript } from "./build-embed-script";

async function step(name: string, work: () => boolean | Promise<boolean>): Promise<void> {
  const started = performance.now();
  const changed = await work();
  console.log(`${name}: ${changed ? "written" : "unchanged"} in ${Math.round(performance.now() - started)} ms`);
}

await step(API_TYPES_MODULE, writeApiTypes);
await step(EMBED_OUTPUT, writeEmbedScript);
// performance.now() counts from node's start: this includes loading TypeScript and rolldown.
console.log(`generated in ${Math.round(performance.now())} ms since node started`);
