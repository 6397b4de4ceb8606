import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildId, precacheList } from "@/app/_lib/precache";
import { serviceWorkerScript } from "@/lib/offline/service-worker";

// Written once at build time to out/sw.js, with this build's id and file list.
export const dynamic = "force-static";

/**
 * Monaco's TypeScript worker chunks, which `precacheList` leaves out. A second visit needs them too:
 * a page asks for the worker right after its first run (components/playground/language-service-gate.ts),
 * so offline, without them, that run is followed by a failed load and an uncaught error in the
 * worker. The worker is registered only after the page's own loading is over
 * (components/site/service-worker-script.tsx), so precaching them does not slow the first run.
 */
function languageServiceFiles(): string[] {
  const staticDir = path.join(process.cwd(), ".next", "static");
  if (!existsSync(staticDir)) return [];
  return readdirSync(staticDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, "utf8").includes("createLanguageService"))
    .map((file) => `/_next/static/${path.relative(staticDir, file).split(path.sep).join("/")}`);
}

/** `/sw.js`: the offline service worker (lib/offline/service-worker.ts) for this build. */
export function GET(): Response {
  const files = [...new Set([...precacheList(), ...languageServiceFiles()])].sort();
  return new Response(serviceWorkerScript(buildId(files), files), {
    headers: { "content-type": "text/javascript; charset=utf-8" },
  });
}
