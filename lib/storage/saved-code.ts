/**
 * The editor's code for one example, saved as the reader types, framework-free: debounced writes,
 * a flush before anything that might take the tab down, Reset, keeping a share link's code, and the
 * rules for another tab's save of the same example (never silently overwritten, nor silently
 * overwriting). components/playground/use-saved-code.ts wires it to React and the page's events.
 */
import { Store } from "@/lib/state/store";
import type { EditStore } from "./edit-store";
import { otherTabEdit, type StorageChange } from "./other-tab-edit";

/** What the playground shows about the reader's code. */
export interface SavedCodeState {
  code: string;
  /** The saved edit was made against an older version of the example. */
  originalChanged: boolean;
  /** Why the last save failed (storage full or disabled), if it did. */
  saveProblem: string | null;
  /**
   * Another tab saved a different edit of this example while this tab had code of its own: the
   * other tab's code, until the reader picks one. This tab saves nothing in the meantime.
   */
  otherTab: string | null;
  /** This tab's code was replaced by the other tab's, which it had not changed since: say so. */
  updatedFromOtherTab: boolean;
}

/** Timers, injectable for tests. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** How long typing must pause before the edit is written to storage. */
export const SAVE_DELAY_MS = 300;

/** One example's code and its saved edit. */
export class SavedCode {
  private readonly store: Store<SavedCodeState>;
  readonly get: () => SavedCodeState;
  readonly subscribe: (listener: () => void) => () => void;
  /** Typed but not written yet. */
  private pending: string | null = null;
  private timer: unknown = null;
  /** The reader has not chosen between this tab's code and the other tab's. */
  private conflict = false;

  /** `edits` is null where the page may not use storage (a sandboxed frame, a policy). */
  constructor(
    private readonly example: string,
    private readonly original: string,
    private readonly edits: EditStore | null,
    private readonly timers: Timers = realTimers,
  ) {
    this.store = new Store<SavedCodeState>({
      code: original,
      originalChanged: false,
      saveProblem: null,
      otherTab: null,
      updatedFromOtherTab: false,
    });
    this.get = this.store.get;
    this.subscribe = this.store.subscribe;
  }

  /** Shows the saved edit (called once the page is in the browser: the server render shows the original). */
  restore(): void {
    if (!this.edits) return this.store.set({ saveProblem: "this page is not allowed to use storage" });
    const restored = this.edits.load(this.example, this.original);
    this.store.set({ code: restored.code, originalChanged: restored.originalChanged });
  }

  /** The reader typed; written after a pause in the typing. */
  setCode(next: string): void {
    // The editor echoes code it was given (another tab's, Reset's): that is no typing.
    if (next === this.get().code) return;
    this.store.set({ code: next, updatedFromOtherTab: false });
    this.pending = next;
    this.timers.clear(this.timer);
    this.timer = this.timers.set(() => this.flush(), SAVE_DELAY_MS);
  }

  /** Writes a pending edit now, not after the typing pause (before a run that might crash the tab). */
  flush(): void {
    this.timers.clear(this.timer);
    this.timer = null;
    // While the reader has not chosen between the tabs, writing would destroy the other tab's edit.
    if (this.pending === null || this.conflict) return;
    this.write(this.pending);
    this.pending = null;
  }

  /** Back to the original, forgetting the saved edit. */
  reset(): void {
    this.settle();
    this.edits?.reset(this.example);
    this.store.set({ code: this.original });
  }

  /** Makes `code` the saved edit at once (the reader keeps a share link's code as their own). */
  replace(code: string): void {
    this.settle();
    this.write(code);
    this.store.set({ code });
  }

  /** Takes the other tab's code (which storage holds already), dropping this tab's. */
  takeOtherTab(): void {
    const theirs = this.get().otherTab;
    if (theirs !== null) this.store.set({ code: theirs });
    this.settle();
  }

  /** Keeps this tab's code and saves it, over the other tab's (which that tab is then told about). */
  keepThisTab(): void {
    this.replace(this.get().code);
  }

  /** Another tab changed the page's storage. */
  storageChanged(change: StorageChange): void {
    if (!this.edits) return;
    const outcome = otherTabEdit(this.edits, change, this.example, this.original, this.get().code);
    if (outcome.kind === "adopt") this.store.set({ code: outcome.code, updatedFromOtherTab: true });
    else if (outcome.kind === "conflict") {
      this.conflict = true;
      this.store.set({ otherTab: outcome.theirs });
    }
  }

  private write(code: string): void {
    if (!this.edits) return;
    const outcome = this.edits.save(this.example, this.original, code);
    this.store.set({ saveProblem: outcome.ok ? null : outcome.reason });
  }

  /** The reader's choice is made: nothing pending, no conflict, nothing to say. */
  private settle(): void {
    this.timers.clear(this.timer);
    this.pending = null;
    this.conflict = false;
    this.store.set({ otherTab: null, updatedFromOtherTab: false, originalChanged: false });
  }
}
