/**
 * Keeps the reader's edits of each example, so a reload, a crash or a runaway script loses nothing.
 *
 * Storage is injected (localStorage on the page, a Map in tests). Each saved edit remembers a hash
 * of the example's original source: when the original changes in a later version of the site, the
 * reader's code is still restored, but flagged so the page can say that Reset now gives a new version.
 */

/** The part of the Web Storage API the edit store needs; `localStorage` satisfies it. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the page should show in the editor for one example. */
export interface RestoredCode {
  /** The code to put in the editor: the reader's saved edit, or the original. */
  code: string;
  /** True when `code` is a saved edit that differs from the original. */
  edited: boolean;
  /** True when the edit was made against an earlier version of the original. */
  originalChanged: boolean;
}

/** Result of a save: storage can be full or disabled, and the page should say so rather than fail. */
export type SaveOutcome = { ok: true } | { ok: false; reason: string };

/** Per-example persistence of edits; see {@link createEditStore}. */
export interface EditStore {
  /** The code to show for `example`, given its current original source. */
  load(example: string, original: string): RestoredCode;
  /** Saves `code` for `example`; code equal to the original removes the saved edit. */
  save(example: string, original: string, code: string): SaveOutcome;
  /** Forgets the edit of `example` (the Reset button). */
  reset(example: string): void;
  /** The storage key of `example`'s edit, to recognise another tab's change in a `storage` event. */
  keyOf(example: string): string;
}

/** Options of {@link createEditStore}. */
export interface EditStoreOptions {
  /** Prefix of the storage keys, so several apps can share one origin's storage. */
  prefix?: string;
  /** Clock for the saved-at stamp; injectable for tests. */
  now?: () => number;
}

/** Format version of a saved record; records of another version are ignored, not misread. */
const RECORD_VERSION = 1;

interface SavedRecord {
  v: number;
  /** {@link hashSource} of the original the edit was made against. */
  original: string;
  code: string;
  savedAt: number;
}

/** A short, stable fingerprint of a source text (FNV-1a, 32 bits, plus the length). */
export function hashSource(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, "0")}-${text.length}`;
}

/**
 * The code a stored value stands for: the saved edit, or `original` when nothing (valid) is saved.
 * Reads the old and new values of a `storage` event the same way {@link EditStore.load} reads storage.
 */
export function storedCode(raw: string | null, original: string): string {
  return readRecord(raw)?.code ?? original;
}

function readRecord(raw: string | null): SavedRecord | null {
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return null;
    const r = parsed as Partial<SavedRecord>;
    if (r.v !== RECORD_VERSION || typeof r.code !== "string" || typeof r.original !== "string") return null;
    return { v: r.v, original: r.original, code: r.code, savedAt: typeof r.savedAt === "number" ? r.savedAt : 0 };
  } catch {
    return null;
  }
}

/** Creates an edit store over `storage`. Never throws: a broken storage behaves as an empty one. */
export function createEditStore(storage: KeyValueStorage, options: EditStoreOptions = {}): EditStore {
  const prefix = options.prefix ?? "cache-lab:edit:";
  const now = options.now ?? (() => Date.now());
  const keyOf = (example: string) => `${prefix}${example}`;

  return {
    load(example, original) {
      let raw: string | null = null;
      try {
        raw = storage.getItem(keyOf(example));
      } catch {
        // Storage disabled (private mode, blocked cookies): behave as if nothing was saved.
      }
      const record = readRecord(raw);
      if (!record || record.code === original) return { code: original, edited: false, originalChanged: false };
      return { code: record.code, edited: true, originalChanged: record.original !== hashSource(original) };
    },
    save(example, original, code) {
      try {
        if (code === original) {
          storage.removeItem(keyOf(example));
          return { ok: true };
        }
        const record: SavedRecord = { v: RECORD_VERSION, original: hashSource(original), code, savedAt: now() };
        storage.setItem(keyOf(example), JSON.stringify(record));
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
      }
    },
    reset(example) {
      try {
        storage.removeItem(keyOf(example));
      } catch {
        // Nothing to forget if storage is unavailable.
      }
    },
    keyOf,
  };
}
