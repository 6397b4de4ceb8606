import { describe, expect, it } from "vitest";
import type { KeyValueStorage } from "./edit-store";
import { createRunJournal } from "./run-journal";
import { brokenStorage, memoryStorage } from "./test-storage";

/** A journal over `storage` whose clock the test moves. */
function journalAt(storage: KeyValueStorage, clock: { t: number }) {
  return createRunJournal(storage, { now: () => clock.t, staleMs: 5_000 });
}

describe("createRunJournal", () => {
  it("reports a run that a page started and never finished, once, to the next page", () => {
    const storage = memoryStorage();
    const clock = { t: 1_000 };
    journalAt(storage, clock).start("mutation/a");
    clock.t = 60_000;
    const nextPage = journalAt(storage, clock);
    expect(nextPage.takeCrashed("mutation/a")).toEqual({ startedAt: 1_000, lastBeat: 1_000, shared: false });
    expect(nextPage.takeCrashed("mutation/a")).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it("remembers that the unfinished run was of shared code, which is never saved", () => {
    const storage = memoryStorage();
    const clock = { t: 1_000 };
    journalAt(storage, clock).start("mutation/a", true);
    journalAt(storage, clock).beat("mutation/a");
    clock.t = 60_000;
    expect(journalAt(storage, clock).takeCrashed("mutation/a")).toEqual({
      startedAt: 1_000,
      lastBeat: 1_000,
      shared: true,
    });
  });

  it("reports nothing for a run that finished, or for another example", () => {
    const storage = memoryStorage();
    const clock = { t: 0 };
    const journal = journalAt(storage, clock);
    journal.start("a");
    journal.finish("a");
    journal.start("b");
    clock.t = 60_000;
    expect(journal.takeCrashed("a")).toBeNull();
    expect(journal.takeCrashed("c")).toBeNull();
    expect(journal.takeCrashed("b")).not.toBeNull();
  });

  it("leaves alone a run another tab is still beating for, and reports it once the beats stop", () => {
    const storage = memoryStorage();
    const clock = { t: 0 };
    const otherTab = journalAt(storage, clock);
    otherTab.start("a");
    for (clock.t = 1_000; clock.t <= 20_000; clock.t += 1_000) otherTab.beat("a");
    clock.t = 21_000;
    expect(journalAt(storage, clock).takeCrashed("a")).toBeNull();
    clock.t = 26_000;
    expect(journalAt(storage, clock).takeCrashed("a")).toEqual({ startedAt: 0, lastBeat: 20_000, shared: false });
  });

  it("trusts the caller's word on whether a page is running it now over the note's age", () => {
    const storage = memoryStorage();
    const clock = { t: 0 };
    journalAt(storage, clock).start("a");
    clock.t = 500;
    // The browser says nobody holds the run's lock: the page died a moment ago.
    expect(journalAt(storage, clock).takeCrashed("a", false)).toEqual({ startedAt: 0, lastBeat: 0, shared: false });
    journalAt(storage, clock).start("b");
    clock.t = 60_000;
    // Someone holds it: a tab whose timers are throttled in the background is still running it.
    expect(journalAt(storage, clock).takeCrashed("b", true)).toBeNull();
    expect(journalAt(storage, clock).takeCrashed("b")).not.toBeNull();
  });

  it("does not bring a finished run back with a late beat", () => {
    const storage = memoryStorage();
    const journal = journalAt(storage, { t: 0 });
    journal.start("a");
    journal.finish("a");
    journal.beat("a");
    expect(storage.map.size).toBe(0);
  });

  it("ignores notes it cannot read, and never throws when storage does", () => {
    const storage = memoryStorage();
    storage.setItem("cache-lab:run:a", "{not json");
    storage.setItem("cache-lab:run:b", JSON.stringify({ v: 99, startedAt: 0, lastBeat: 0 }));
    const journal = journalAt(storage, { t: 60_000 });
    expect(journal.takeCrashed("a")).toBeNull();
    expect(journal.takeCrashed("b")).toBeNull();
    const quiet = createRunJournal(brokenStorage());
    expect(() => {
      quiet.start("a");
      quiet.beat("a");
      quiet.finish("a");
    }).not.toThrow();
    expect(quiet.takeCrashed("a")).toBeNull();
  });
});
