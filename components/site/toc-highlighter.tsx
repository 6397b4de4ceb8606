"use client";

import { useEffect } from "react";

/**
 * Marks the table-of-contents links of the section being read with aria-current="location", and
 * hides the sticky table of contents while a wide playground (which takes its column, see
 * `playground-wide` in app/globals.css) passes over it, rather than leave it half covered.
 * An enhancement on top of server-rendered links: it renders nothing and only flips attributes,
 * so the table of contents works the same before (or without) it.
 */
export function TocHighlighter({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    const toc = document.querySelector<HTMLElement>('[data-testid="toc"]');
    const wide = [...document.querySelectorAll<HTMLElement>(".playground-wide")];
    let frame = 0;
    const mark = () => {
      frame = 0;
      // The section being read is the last one whose heading has passed the top third of the window.
      // At the bottom of the page a short last section can never get its heading that high (a TOC
      // link to it scrolls as far as the page goes), so there the line is the window's bottom edge.
      const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      const line = atBottom ? window.innerHeight : window.innerHeight / 3;
      const current = headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1)?.id;
      for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-toc-link]")) {
        if (current && link.hash === `#${current}`) link.setAttribute("aria-current", "location");
        else link.removeAttribute("aria-current");
      }
      if (toc) toc.dataset.covered = String(covers(wide, toc));
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

/** True when one of `blocks` overlaps `target` on the screen (both ways: a narrow layout overlaps nothing). */
function covers(blocks: HTMLElement[], target: HTMLElement): boolean {
  const box = target.getBoundingClientRect();
  if (box.width === 0) return false;
  return blocks.some((block) => {
    const r = block.getBoundingClientRect();
    return r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
  });
}
