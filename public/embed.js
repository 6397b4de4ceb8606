/*
 * Cache Lab embed helper: resizes every Cache Lab playground iframe on this page to its content.
 * Load it once, anywhere on the page: <script src="https://<cache-lab-origin>/embed.js" async></script>
 *
 * Protocol (version 1): an embed posts { source: "cache-lab", v: 1, type: "resize", height } to its
 * parent when its content height changes. A message is applied only when it comes from an iframe
 * this script knows (a Cache Lab embed URL on the origin this script was loaded from), checked both by
 * event.origin and by event.source being that iframe's window, so embeds never resize each other
 * and nothing else on the page can resize them. Written without dependencies or build step on purpose.
 */
(function () {
  "use strict";
  if (window.__cacheLabEmbed) return;
  window.__cacheLabEmbed = true;

  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  var siteOrigin;
  try {
    siteOrigin = new URL(script && script.src ? script.src : "", location.href).origin;
  } catch (error) {
    return;
  }
  var known = [];

  function isCacheLabFrame(node) {
    if (!node || node.tagName !== "IFRAME") return false;
    try {
      var url = new URL(node.getAttribute("src") || "", location.href);
      return url.origin === siteOrigin && url.pathname.indexOf("/embed/") === 0;
    } catch (error) {
      return false;
    }
  }

  function adopt(root) {
    var frames = root.tagName === "IFRAME" ? [root] : root.querySelectorAll ? root.querySelectorAll("iframe") : [];
    for (var i = 0; i < frames.length; i++) {
      if (known.indexOf(frames[i]) === -1 && isCacheLabFrame(frames[i])) {
        known.push(frames[i]);
        frames[i].setAttribute("data-cache-lab-embed", "");
      }
    }
  }

  function forget(root) {
    known = known.filter(function (frame) {
      return frame !== root && !(root.contains && root.contains(frame));
    });
  }

  function isResizeMessage(data) {
    if (!data || typeof data !== "object") return false;
    var keys = Object.keys(data).sort().join(",");
    return (
      keys === "height,source,type,v" &&
      data.source === "cache-lab" &&
      data.v === 1 &&
      data.type === "resize" &&
      typeof data.height === "number" &&
      data.height % 1 === 0 &&
      data.height >= 0 &&
      data.height <= MAX_HEIGHT
    );
  }

  function resize(event) {
    for (var i = 0; i < known.length; i++) {
      var frame = known[i];
      // A frame that navigated elsewhere keeps its element but not its origin: check the src again.
      if (frame.contentWindow === event.source && isCacheLabFrame(frame)) {
        frame.style.height = event.data.height + "px";
        return true;
      }
    }
    return false;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== siteOrigin || !isResizeMessage(event.data)) return;
    // A report can arrive before the observer has seen its iframe (page still parsing): look again once.
    if (!resize(event)) {
      adopt(document);
      resize(event);
    }
  });

  function start() {
    adopt(document);
    new MutationObserver(function (records) {
      for (var r = 0; r < records.length; r++) {
        var record = records[r];
        if (record.type === "attributes") {
          forget(record.target);
          adopt(record.target);
          continue;
        }
        for (var a = 0; a < record.addedNodes.length; a++) if (record.addedNodes[a].nodeType === 1) adopt(record.addedNodes[a]);
        for (var d = 0; d < record.removedNodes.length; d++) if (record.removedNodes[d].nodeType === 1) forget(record.removedNodes[d]);
      }
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ["src"] });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
