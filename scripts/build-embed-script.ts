/**
 * Builds public/embed.js (git-ignored), the script docs authors include beside their iframes, from
 * lib/embed/embed-script.ts and the resize protocol's own validator, so the host script and the
 * embed can never disagree on what a resize message is. npm runs it before `build` and `dev`
 * (scripts/generate.ts); by hand: `node --import ./scripts/bench-lib.register.mjs scripts/build-embed-script.ts`.
 *
 * Bundled with rolldown, the bundler vite (hence vitest) already brings: esbuild is not installed.
 * Not minified: a docs author may want to read what they put on their page (about 3 KB).
 */
import path from "node:path";
import { rolldown } from "rolldown";
import { isMain, writeGenerated } from "./write-generated";

const ROOT = process.cwd();
/** The script's source. */
export const EMBED_SOURCE = "lib/embed/embed-script.ts";
/** Where the built script goes (git-ignored), served as /embed.js. */
export const EMBED_OUTPUT = "public/embed.js";

// Put in front of the bundle by hand: rolldown's banner option re-indents it and escapes the tag.
const BANNER = `/*
 * Cache Lab embed helper: resizes every Cache Lab playground iframe on this page to its content.
 * Load it once, anywhere on the page: <script src="https://<cache-lab-origin>/embed.js" async></script>
 *
 * Protocol (version 1): an embed posts { source: "cache-lab", v: 1, type: "resize", height } to its
 * parent when its content height changes. A message is applied only when it comes from an iframe
 * this script knows (a Cache Lab embed URL on the origin this script was loaded from), checked both by
 * event.origin and by event.source being that iframe's window.
 *
 * Built from ${EMBED_SOURCE} by scripts/build-embed-script.ts: do not edit.
 */
`;

/** The text of embed.js: one self-contained function expression, run at once, with nothing global but its guard flag. */
export async function buildEmbedScript(): Promise<string> {
  const bundle = await rolldown({
    input: path.join(ROOT, EMBED_SOURCE),
    platform: "browser",
    // Docs pages are read in browsers of every age: keep the syntax a few years behind.
    transform: { target: "es2017" },
    logLevel: "warn",
  });
  try {
    const { output } = await bundle.generate({
      format: "iife",
      strict: true,
      comments: { legal: false, annotation: false, jsdoc: false },
    });
    return BANNER + output[0].code;
  } finally {
    await bundle.close();
  }
}

/** Rebuilds public/embed.js; returns whether its text changed. */
export async function writeEmbedScript(): Promise<boolean> {
  return writeGenerated(path.join(ROOT, EMBED_OUTPUT), await buildEmbedScript());
}

if (isMain(import.meta.url)) {
  const started = performance.now();
  const changed = await writeEmbedScript();
  const now = performance.now();
  console.log(
    `${EMBED_OUTPUT}: ${changed ? "written" : "unchanged"} in ${Math.round(now - started)} ms (${Math.round(now)} ms since node started)`,
  );
}
