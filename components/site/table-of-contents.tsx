import type { TocHeading } from "@/lib/content/tutorials";
import { TocHighlighter } from "./toc-highlighter";

function TocLinks({ headings }: { headings: TocHeading[] }) {
  return (
    <ul className="space-y-2 text-sm">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? "pl-3" : undefined}>
          <a
            href={`#${heading.id}`}
            data-toc-link
            className="block text-zinc-600 hover:text-zinc-900 aria-[current=location]:font-medium aria-[current=location]:text-rose-700 dark:text-zinc-400 dark:hover:text-zinc-100 dark:aria-[current=location]:text-rose-300"
          >
            {heading.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** "On this page" beside the article on wide screens: links to its h2/h3 anchors, h3 indented. */
export function TableOfContents({ headings }: { headings: TocHeading[] }) {
  if (headings.length === 0) return null;
  return (
    <nav
      aria-labelledby="toc-title"
      data-testid="toc"
      className="toc-sticky sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto pb-8"
    >
      <p
        id="toc-title"
        className="mb-3 text-xs font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400"
      >
        On this page
      </p>
      <TocLinks headings={headings} />
      <TocHighlighter ids={headings.map((heading) => heading.id)} />
    </nav>
  );
}

/** The same links folded into a disclosure at the top of the article, for narrower screens. */
export function InlineTableOfContents({ headings }: { headings: TocHeading[] }) {
  if (headings.length === 0) return null;
  return (
    <details
      data-testid="toc-inline"
      className="mb-10 rounded-xl border border-zinc-200 xl:hidden dark:border-zinc-800"
    >
      <summary className="cursor-pointer px-4 py-3 text-sm font-semibold text-zinc-700 select-none dark:text-zinc-200">
        On this page
      </summary>
      <nav aria-label="On this page" className="border-t border-zinc-200 px-4 py-4 dark:border-zinc-800">
        <TocLinks headings={headings} />
      </nav>
    </details>
  );
}
