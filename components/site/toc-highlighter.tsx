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
    const onScreen = new Set<string>();
    const mark = () => {
      // The first heading on screen; when none is, the last one scrolled past.
      const current =
        headings.find((h) => onScreen.has(h.id))?.id ?? headings.filter((h) => h.getBoundingClientRect().top < 0).at(-1)?.id;
      for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-toc-link]")) {
        if (current && link.hash === `#${current}`) link.setAttribute("aria-current", "location");
        else link.removeAttribute("aria-current");
      }
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) onScreen.add(entry.target.id);
          else onScreen.delete(entry.target.id);
        }
        mark();
      },
      // Below the sticky header, and only the upper part of the window counts as "being read".
      { rootMargin: "-64px 0px -50% 0px" },
    );
    for (const heading of headings) observer.observe(heading);
    return () => observer.disconnect();
  }, [ids]);
  return null;
}
