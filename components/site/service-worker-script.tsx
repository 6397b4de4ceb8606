import { CODE_RUNNABLE_EVENT } from "@/lib/editor/language-service-gate";

// Registers /sw.js (lib/offline/service-worker.ts) only once the page's own heavy loading is over,
// because precaching the build competes with it for the network and the CPU (measured: a cold
// first run on the 2-core machine went from 2.5 s to over 20 s when both ran at once). A page with
// playgrounds registers 5 s after a sandbox has loaded danfojs, or 30 s after load if none does;
// a page without, 2 s after load. Only the site's own pages register it: embeds live inside other
// sites. Not in `next dev`, whose files change constantly.
const script = `if("serviceWorker"in navigator)addEventListener("load",function(){var d=0;function r(){if(!d){d=1;navigator.serviceWorker.register("/sw.js",{scope:"/"}).catch(function(){})}}var p=document.querySelector("[data-example]");addEventListener(${JSON.stringify(CODE_RUNNABLE_EVENT)},function(){setTimeout(r,5e3)});setTimeout(r,p?3e4:2e3)})`;

/** The inline script that registers the offline service worker (production builds only). */
export function ServiceWorkerScript() {
  if (process.env.NODE_ENV !== "production") return null;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
