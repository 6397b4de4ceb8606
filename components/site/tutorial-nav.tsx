import Link from "next/link";
import { TutorialMarksGate } from "@/components/learning/progress-gate";

/** What navigation needs to know about a tutorial. */
export interface NavTutorial {
  slug: string;
  title: string;
  order: number;
}

/** Props of {@link TutorialNav}. */
export interface TutorialNavProps {
  tutorials: NavTutorial[];
  /** Slug of the page being read, marked with aria-current. */
  currentSlug?: string;
  /** Called when a link is followed (the mobile menu closes itself). */
  onNavigate?: () => void;
}

/** The list of all tutorials in reading order, shared by the sidebar and the mobile menu. */
export function TutorialNav({ tutorials, currentSlug, onNavigate }: TutorialNavProps) {
  return (
    <div>
      <p className="mb-3 text-xs font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">Tutorials</p>
      <ol className="space-y-1 border-l border-zinc-200 dark:border-zinc-800">
        {tutorials.map((tutorial) => {
          const current = tutorial.slug === currentSlug;
          return (
            <li key={tutorial.slug}>
              <Link
                href={`/tutorials/${tutorial.slug}`}
                onClick={onNavigate}
                aria-current={current ? "page" : undefined}
                className={`-ml-px flex gap-2 border-l-2 py-1.5 pr-2 pl-4 text-sm transition-colors ${
                  current
                    ? "border-rose-600 font-semibold text-rose-700 dark:border-rose-400 dark:text-rose-300"
                    : "border-transparent text-zinc-600 hover:border-zinc-400 hover:text-zinc-900 dark:text-zinc-400 dark:hover:border-zinc-500 dark:hover:text-zinc-100"
                }`}
              >
                <span className="tabular-nums text-zinc-500 dark:text-zinc-400" aria-hidden="true">
                  {tutorial.order}.
                </span>
                <span>
                  {tutorial.title}
                  <TutorialMarksGate slug={tutorial.slug} />
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
