/**
 * The host script, served as /embed.js: resizes every Cache Lab playground iframe on a docs
 * author's page to its content. Load it once, anywhere on the page:
 * <script src="https://<cache-lab-origin>/embed.js" async></script>
 *
 * A resize message (resize-protocol.ts) is applied only when it comes from an iframe this script
 * knows (a Cache Lab embed URL on the origin this script was loaded from), checked both by
 * event.origin and by event.source being that iframe's window, so embeds never resize each other
 * and nothing else on the page can resize them.
 *
 * scripts/build-embed-script.ts bundles this file, with the protocol's one validator, into
 * public/embed.js before every build and dev start. It runs on other people's pages: no framework,
 * nothing else imported, and it does nothing if loaded twice.
 */
import { parseResizeMessage } from "./resize-protocol";

declare global {
  interface Window {
    /** Set by the first copy of this script on a page, so a second copy does nothing. */
    __cacheLabEmbed?: boolean;
  }
}

function start(): void {
  if (window.__cacheLabEmbed) return;
  window.__cacheLabEmbed = true;

  const script = document.currentScript as HTMLScriptElement | null;
  let siteOrigin: string;
  try {
    siteOrigin = new URL(script && script.src ? script.src : "", location.href).origin;
  } catch {
    return;
  }
  let known: HTMLIFrameElement[] = [];

  const isCacheLabFrame = (node: Element | null): node is HTMLIFrameElement => {
    if (!node || node.tagName !== "IFRAME") return false;
    try {
      const url = new URL(node.getAttribute("src") || "", location.href);
      return url.origin === siteOrigin && url.pathname.indexOf("/embed/") === 0;
    } catch {
      return false;
    }
  };

  const adopt = (root: Element | Document): void => {
    const frames =
      "tagName" in root && root.tagName === "IFRAME"
        ? [root]
        : root.querySelectorAll
          ? Array.from(root.querySelectorAll("iframe"))
          : [];
    for (const frame of frames) {
      if (known.indexOf(frame as HTMLIFrameElement) === -1 && isCacheLabFrame(frame)) {
        known.push(frame);
        frame.setAttribute("data-cache-lab-embed", "");
      }
    }
  };

  const forget = (root: Node): void => {
    known = known.filter((frame) => frame !== root && !(root.contains && root.contains(frame)));
  };

  const resize = (source: MessageEventSource | null, height: number): boolean => {
    for (const frame of known) {
      // A frame that navigated elsewhere keeps its element but not its origin: check the src again.
      if (frame.contentWindow === source && isCacheLabFrame(frame)) {
        frame.style.height = `${height}px`;
        return true;
      }
    }
    return false;
  };

  window.addEventListener("message", (event) => {
    if (event.origin !== siteOrigin) return;
    const message = parseResizeMessage(event.data);
    if (!message) return;
    // A report can arrive before the observer has seen its iframe (page still parsing): look again once.
    if (!resize(event.source, message.height)) {
      adopt(document);
      resize(event.source, message.height);
    }
  });

  const watch = (): void => {
    adopt(document);
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes") {
          forget(record.target);
          adopt(record.target as Element);
          continue;
        }
        for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) adopt(node as Element);
        for (const node of Array.from(record.removedNodes)) if (node.nodeType === 1) forget(node);
      }
    }).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["src"],
    });
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
}

start();
