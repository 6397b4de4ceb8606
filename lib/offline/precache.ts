/**
 * What the service worker precaches, read at build time: every file of the build under
 * `.next/static` (chunks, CSS, fonts: by then the compiler has written them all), every page of the
 * site proper, and the data the examples read. Embeds are left out: they live in other sites' pages.
 * Monaco's TypeScript worker (IntelliSense, 1.4 MB gzipped) is kept too, although running code does
 * not need it: a page asks for it right after its first run (language-service-gate.ts), and offline
 * that load would fail and throw. The service worker registers only after the page's own loading
 * (components/site/service-worker-script.tsx), so this download never slows a first run.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SITE_DATA_FILES } from "@/lib/sandbox/prefetch";
import { loadTutorials } from "../content/tutorials";

const DIST = path.join(process.cwd(), ".next");

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The build's id (Next's BUILD_ID), or a hash of the file list when there is none (next dev). */
export function buildId(files: readonly string[]): string {
  const file = path.join(DIST, "BUILD_ID");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  return createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 16);
}

/** Site paths to precache, sorted. */
export function precacheList(): string[] {
  const staticDir = path.join(DIST, "static");
  const assets = filesUnder(staticDir).map(
    (file) => `/_next/static/${path.relative(staticDir, file).split(path.sep).join("/")}`,
  );
  const pages = ["/", ...loadTutorials().map((t) => `/tutorials/${t.slug}`)];
  return [...new Set([...pages, "/icon.svg", ...SITE_DATA_FILES, ...assets])].sort();
}
