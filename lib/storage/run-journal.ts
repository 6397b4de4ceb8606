/**
 * Remembers, in the page's storage, that a run is under way, so a page opened after a crash can say
 * what happened. A script that uses up all memory does not just end its worker: the browser takes
 * the whole tab down with it, and no page code runs to say why. The playground notes each run's
 * start, renews the note every second while the run goes on, and removes it when the run ends or
 * the page is left normally. A note that is still there, and has not been renewed for a while, was
 * left by a page that died during a run.
 *
 * Storage is injected (localStorage on the page, a Map in tests); a broken storage only means no
 * crash is ever reported.
 */
import type { KeyValueStorage } from "./edit-store";

/** A run that a page started and never finished. */
export interface UnfinishedRun {
  /** When the run started (milliseconds, the journal's clock). */
  startedAt: number;
  /** When the page last said the run was still going. */
  lastBeat: number;
  /**
   * The run was of code from a share link. Such code is never saved, so the page opened next must
   * not say the code that crashed is "here as you left it".
   */
  shared: boolean;
}

/** Per-example notes of runs under way; see {@link createRunJournal}. */
export interface RunJournal {
  /** Notes that a run of `example` starts now; `shared` when the code came from a share link. */
  start(example: string, shared?: boolean): void;
  /** Notes that the run of `example` is still going (the page calls this every second or so). */
  beat(example: string): void;
  /** Forgets the note: the run ended, whatever its outcome, or the page is being left normally. */
  finish(example: string): void;
  /**
   * Reads and forgets the note of a run of `example` that a dead page left behind. `running` says
   * whether a live page is running it now, when the caller can tell (the page asks the browser
   * whether anyone holds the run's lock); otherwise a note not renewed for longer than the
   * journal's `staleMs` counts as left by a dead page. A live tab's note is left alone, and null
   * is returned.
   */
  takeCrashed(example: string, running?: boolean): UnfinishedRun | null;
}

/** Options of {@link createRunJournal}. */
export interface RunJournalOptions {
  /** Prefix of the storage keys. */
  prefix?: string;
  /** Clock; injectable for tests. */
  now?: () => number;
  /** How long a note may go without a beat before it counts as left by a dead page. */
  staleMs?: number;
}

/** Format version of a note; notes of another version are ignored. */
const NOTE_VERSION = 1;

function readNote(raw: string | null): UnfinishedRun | null {
  if (raw === null) return null;
  try {
    const note = JSON.parse(raw) as Partial<UnfinishedRun & { v: number }> | null;
    if (note?.v !== NOTE_VERSION || typeof note.startedAt !== "number" || typeof note.lastBeat !== "number")
      return null;
    return { startedAt: note.startedAt, lastBeat: note.lastBeat, shared: note.shared === true };
  } catch {
    return null;
  }
}

/** Creates a run journal over `storage`. Never throws. */
export function createRunJournal(storage: KeyValueStorage, options: RunJournalOptions = {}): RunJournal {
  const prefix = options.prefix ?? "cache-lab:run:";
  const now = options.now ?? (() => Date.now());
  const staleMs = options.staleMs ?? 5_000;
  const keyOf = (example: string) => `${prefix}${example}`;
  const attempt = <T>(action: () => T, fallback: T): T => {
    try {
      return action();
    } catch {
      // Storage full or disabled: the journal only loses its ability to report a crash.
      return fallback;
    }
  };
  const write = (example: string, note: UnfinishedRun) =>
    attempt(() => storage.setItem(keyOf(example), JSON.stringify({ v: NOTE_VERSION, ...note })), undefined);

  return {
    start(example, shared = false) {
      const at = now();
      write(example, { startedAt: at, lastBeat: at, shared });
    },
    beat(example) {
      const note = readNote(attempt(() => storage.getItem(keyOf(example)), null));
      // A run that was finished (or never noted) is not brought back by a late beat.
      if (note) write(example, { ...note, lastBeat: now() });
    },
    finish(example) {
      attempt(() => storage.removeItem(keyOf(example)), undefined);
    },
    takeCrashed(example, running) {
      const note = readNote(attempt(() => storage.getItem(keyOf(example)), null));
      if (!note || (running ?? now() - note.lastBeat <= staleMs)) return null;
      attempt(() => storage.removeItem(keyOf(example)), undefined);
      return note;
    },
  };
}
