/**
 * The reader's progress through the tutorials, kept in this browser only: which tutorials they read,
 * which playgrounds they ran, which questions they answered right. Framework-free; storage is
 * injected (localStorage on the page, a Map in tests), and a broken storage behaves as an empty one.
 *
 * "Read" means: the end of the tutorial was on screen, and the page had been open for at least
 * READ_MIN_MS (progress-base.ts; see progress-read.ts), so skimming to the bottom at once does not count.
 */
import type { KeyValueStorage } from "@/lib/storage/edit-store";
import { PROGRESS_EVENT, PROGRESS_KEY } from "./progress-base";

export { PROGRESS_KEY, READ_MIN_MS } from "./progress-base";

/** What is known of one tutorial. */
export interface TutorialProgress {
  read: boolean;
  /** Examples whose playground finished a run on this tutorial's page. */
  runs: string[];
  /** Per question id: whether the reader's last answer was right. */
  answers: Record<string, boolean>;
}

/** Everything the store keeps, by tutorial slug. */
export interface Progress {
  tutorials: Record<string, TutorialProgress>;
}

/** What the sidebar shows for a tutorial. */
export interface TutorialSummary {
  read: boolean;
  playgroundsRun: number;
  rightAnswers: number;
}

/** Format version; a record of another version is ignored, not misread. */
const VERSION = 1;

const EMPTY: Progress = { tutorials: {} };
const NOTHING: TutorialProgress = { read: false, runs: [], answers: {} };

function parse(raw: string | null): Progress {
  if (raw === null) return EMPTY;
  try {
    const parsed = JSON.parse(raw) as { v?: unknown; tutorials?: unknown };
    if (parsed?.v !== VERSION || typeof parsed.tutorials !== "object" || parsed.tutorials === null) return EMPTY;
    const tutorials: Record<string, TutorialProgress> = {};
    for (const [slug, value] of Object.entries(parsed.tutorials as Record<string, Partial<TutorialProgress>>)) {
      tutorials[slug] = {
        read: value?.read === true,
        runs: Array.isArray(value?.runs) ? value.runs.filter((r): r is string => typeof r === "string") : [],
        answers: Object.fromEntries(
          Object.entries(value?.answers ?? {}).filter(
            (entry): entry is [string, boolean] => typeof entry[1] === "boolean",
          ),
        ),
      };
    }
    return { tutorials };
  } catch {
    return EMPTY;
  }
}

/** The reader's progress over `storage`; see the file's comment. */
export class ProgressStore {
  private snapshot: Progress;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: KeyValueStorage | null,
    /** The storage key, to recognise another tab's change in a `storage` event. */
    readonly key: string = PROGRESS_KEY,
  ) {
    this.snapshot = this.read();
  }

  /** The current progress; the same object until it changes. */
  readonly get = (): Progress => this.snapshot;

  /** Calls `listener` after every change; returns the function that stops it. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The reader finished reading `slug` (see the file's comment for when that is). */
  markRead(slug: string): void {
    if (this.of(slug).read) return;
    this.update(slug, (t) => ({ ...t, read: true }));
  }

  /** A playground of `example` finished a run on the page of `slug`. */
  recordRun(slug: string, example: string): void {
    if (this.of(slug).runs.includes(example)) return;
    this.update(slug, (t) => ({ ...t, runs: [...t.runs, example] }));
  }

  /** The reader answered question `questionId` of `slug`; the last answer counts. */
  recordAnswer(slug: string, questionId: string, correct: boolean): void {
    if (this.of(slug).answers[questionId] === correct) return;
    this.update(slug, (t) => ({ ...t, answers: { ...t.answers, [questionId]: correct } }));
  }

  /** Forgets everything (the Reset progress button). */
  reset(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to forget where storage is unavailable.
    }
    this.publish(EMPTY);
  }

  /** Reads storage again (another tab changed it). */
  reload(): void {
    this.publish(this.read());
  }

  private of(slug: string): TutorialProgress {
    return this.snapshot.tutorials[slug] ?? NOTHING;
  }

  private update(slug: string, change: (t: TutorialProgress) => TutorialProgress): void {
    // Start from storage, not the snapshot: another tab may have added to it meanwhile.
    const stored = this.read();
    const next: Progress = { tutorials: { ...stored.tutorials, [slug]: change(stored.tutorials[slug] ?? NOTHING) } };
    try {
      this.storage?.setItem(this.key, JSON.stringify({ v: VERSION, ...next }));
    } catch {
      // Storage full or disabled: the progress still shows on this page until it is left.
    }
    this.publish(next);
  }

  private read(): Progress {
    try {
      return parse(this.storage?.getItem(this.key) ?? null);
    } catch {
      return EMPTY;
    }
  }

  private publish(next: Progress): void {
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/** One tutorial's marks: read, how many of its playgrounds ran, how many answers were right. */
export function summarize(progress: Progress, slug: string): TutorialSummary {
  const t = progress.tutorials[slug] ?? NOTHING;
  return { read: t.read, playgroundsRun: t.runs.length, rightAnswers: Object.values(t.answers).filter(Boolean).length };
}

/** True when nothing at all is recorded. */
export function isEmpty(progress: Progress): boolean {
  return Object.values(progress.tutorials).every(
    (t) => !t.read && t.runs.length === 0 && Object.keys(t.answers).length === 0,
  );
}

/** Where to go on: nothing started yet, the first unread tutorial in reading order, or all read. */
export type ContinueAt<T> = { kind: "not-started" } | { kind: "next"; tutorial: T } | { kind: "all-read" };

/** Where the landing page sends a returning reader, given the tutorials in reading order. */
export function continueAt<T extends { slug: string }>(progress: Progress, tutorials: T[]): ContinueAt<T> {
  if (isEmpty(progress)) return { kind: "not-started" };
  const next = tutorials.find((t) => !progress.tutorials[t.slug]?.read);
  return next ? { kind: "next", tutorial: next } : { kind: "all-read" };
}

/** The tutorial slug of a page path ("/tutorials/<slug>", with or without ".html" or a final "/"). */
export function tutorialSlugFromPath(pathname: string): string | null {
  const match = /^\/tutorials\/([a-z0-9-]+?)(?:\.html)?\/?$/.exec(pathname);
  return match ? match[1] : null;
}

let page: ProgressStore | null = null;

/**
 * The page's one progress store, over localStorage where the page may use it, so every part of a
 * page (sidebar, playgrounds, questions) sees each change at once.
 */
export function pageProgress(): ProgressStore {
  if (!page) {
    let storage: KeyValueStorage | null = null;
    try {
      storage = globalThis.localStorage ?? null;
    } catch {
      // Storage blocked for the site: progress lasts as long as the page.
    }
    page = new ProgressStore(storage);
    // Parts of the page that have not loaded this module yet (progress-gate.tsx) listen for this.
    const global = globalThis as { dispatchEvent?: (event: Event) => boolean };
    page.subscribe(() => global.dispatchEvent?.(new Event(PROGRESS_EVENT)));
  }
  return page;
}

/**
 * For the questions of a tutorial: the reader answered `questionId` of `tutorialSlug`, right or not.
 * The sidebar counts the right answers.
 */
export function recordAnswer(tutorialSlug: string, questionId: string, correct: boolean): void {
  pageProgress().recordAnswer(tutorialSlug, questionId, correct);
}
