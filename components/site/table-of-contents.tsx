import type { TocHeading } from "@/app/_lib/content";

/** "On this page": links to the h2/h3 anchors of the article, h3 indented under their h2. */
export function TableOfContents({ headings }: { headings: TocHeading[] }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby="toc-title" data-testid="toc" className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto pb-8">
      <p id="toc-title" className="mb-3 text-xs font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">
        On this page
      </p>
      <ul className="space-y-2 text-sm">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? "pl-3" : undefined}>
            <a
              href={`#${heading.id}`}
              className="block text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
