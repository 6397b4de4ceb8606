"use client";

import { useEffect } from "react";

/**
 * Marks the table-of-contents links of the section being read with aria-current="location".
 * An enhancement on top of server-rendered links: it renders nothing and only flips attributes,
 * so the table of contents works the same before (or without) it.
 */
export function TocHighlighter({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    let frame = 0;
    const mark = () => {
      frame = 0;
      // The section being read is the last one whose heading has passed the top third of the window.
      const line = window.innerHeight / 3;
      const current = headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1)?.id;
      for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-toc-link]")) {
        if (current && link.hash === `#${current}`) link.setAttribute("aria-current", "location");
        else link.removeAttribute("aria-current");
      }
    };
    // At most one measurement per frame, however many scroll events arrive.
    const schedule = () => {
      frame ||= requestAnimationFrame(mark);
    };
    mark();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [ids]);
  return null;
}
