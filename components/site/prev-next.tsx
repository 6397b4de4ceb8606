import Link from "next/link";
import type { NavTutorial } from "./tutorial-nav";

function PageLink({ tutorial, direction }: { tutorial: NavTutorial; direction: "previous" | "next" }) {
  const isNext = direction === "next";
  return (
    <Link
      href={`/tutorials/${tutorial.slug}`}
      rel={isNext ? "next" : "prev"}
      className={`group flex flex-col rounded-xl border border-zinc-200 p-4 transition-colors hover:border-rose-400 dark:border-zinc-800 dark:hover:border-rose-500 ${
        isNext ? "items-end text-right sm:col-start-2" : ""
      }`}
    >
      <span className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{isNext ? "Next →" : "← Previous"}</span>
      <span className="mt-1 font-semibold text-zinc-900 group-hover:text-rose-700 dark:text-zinc-100 dark:group-hover:text-rose-300">
        {tutorial.title}
      </span>
    </Link>
  );
}

/** Links to the tutorials before and after this one in reading order. */
export function PrevNext({ previous, next }: { previous?: NavTutorial; next?: NavTutorial }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next tutorials" data-testid="prev-next" className="mt-16 grid gap-4 sm:grid-cols-2">
      {previous ? <PageLink tutorial={previous} direction="previous" /> : null}
      {next ? <PageLink tutorial={next} direction="next" /> : null}
    </nav>
  );
}
