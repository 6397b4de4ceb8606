"use client";

import Link from "next/link";
import { continueAt } from "@/lib/learning/progress";
import { useProgress } from "./use-progress";

/** What the landing page needs to know of each tutorial, in reading order. */
export interface ContinueTutorial {
  slug: string;
  title: string;
}

/**
 * "Continue with …" on the landing page for a reader who has started: the first tutorial they have
 * not read. Rendered after hydration only, from this browser's progress; nothing before.
 */
export function ContinueLink({ tutorials, className }: { tutorials: ContinueTutorial[]; className: string }) {
  const where = continueAt(useProgress(), tutorials);
  if (where.kind === "not-started") return null;
  if (where.kind === "all-read")
    return (
      <p className="self-center text-zinc-700 dark:text-zinc-300" data-testid="continue">
        You have read every tutorial.
      </p>
    );
  return (
    <Link href={`/tutorials/${where.tutorial.slug}`} className={className} data-testid="continue">
      Continue with “{where.tutorial.title}”
    </Link>
  );
}
