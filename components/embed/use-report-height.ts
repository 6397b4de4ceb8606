"use client";

import { useEffect, type RefObject } from "react";
import { createResizeMessage } from "@/lib/embed/resize-protocol";

/**
 * Tells the parent page how tall the embed's content is whenever it changes (see
 * lib/embed/resize-protocol.ts). The target origin is "*" because an embed cannot know who hosts it,
 * and a height is not a secret; the host script checks who sent it.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let last = -1;
    const report = () => {
      const style = getComputedStyle(element);
      const height =
        element.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
      const message = createResizeMessage(height);
      if (message.height === last) return;
      last = message.height;
      window.parent.postMessage(message, "*");
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    // Once more after load, for a host script that arrived after the first report.
    const onLoad = () => {
      last = -1;
      report();
    };
    window.addEventListener("load", onLoad);
    return () => {
      observer.disconnect();
      window.removeEventListener("load", onLoad);
    };
  }, [ref]);
}
