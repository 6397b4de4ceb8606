import { buildId, precacheList } from "@/lib/offline/precache";
import { serviceWorkerScript } from "@/lib/offline/service-worker";

// Written once at build time to out/sw.js, with this build's id and file list.
export const dynamic = "force-static";

/** `/sw.js`: the offline service worker (lib/offline/service-worker.ts) for this build. */
export function GET(): Response {
  const files = precacheList();
  return new Response(serviceWorkerScript(buildId(files), files), {
    headers: { "content-type": "text/javascript; charset=utf-8" },
  });
}
