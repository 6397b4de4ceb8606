// Registers /sw.js (lib/offline/service-worker.ts) once the page has loaded, so its precaching
// never competes with the page's own first load. Only on the site's own pages: embeds live inside
// other sites and are not registered from there. Not in `next dev`, whose files change constantly.
const script = `if("serviceWorker"in navigator)addEventListener("load",function(){navigator.serviceWorker.register("/sw.js",{scope:"/"}).catch(function(){})})`;

/** The inline script that registers the offline service worker (production builds only). */
export function ServiceWorkerScript() {
  if (process.env.NODE_ENV !== "production") return null;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
