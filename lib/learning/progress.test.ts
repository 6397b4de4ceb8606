import { describe, expect, it, vi } from "vitest";
import { brokenStorage, memoryStorage } from "@/lib/storage/test-storage";
import { continueAt, isEmpty, ProgressStore, summarize, tutorialSlugFromPath } from "./progress";
import { ReadTracker } from "./progress-read";

const TUTORIALS = [{ slug: "one" }, { slug: "two" }, { slug: "three" }];

describe("ProgressStore", () => {
  it("keeps reads, runs and answers per tutorial across a reload", () => {
    const storage = memoryStorage();
    const store = new ProgressStore(storage);
    store.markRead("one");
    store.recordRun("one", "basics/a");
    store.recordRun("one", "basics/a");
    store.recordRun("one", "basics/b");
    store.recordAnswer("one", "q1", true);
    store.recordAnswer("one", "q2", false);
    const reloaded = new ProgressStore(storage).get();
    expect(summarize(reloaded, "one")).toEqual({ read: true, playgroundsRun: 2, rightAnswers: 1 });
    expect(summarize(reloaded, "two")).toEqual({ read: false, playgroundsRun: 0, rightAnswers: 0 });
  });

  it("counts the last answer to a question", () => {
    const store = new ProgressStore(memoryStorage());
    store.recordAnswer("one", "q1", false);
    store.recordAnswer("one", "q1", true);
    expect(summarize(store.get(), "one").rightAnswers).toBe(1);
    store.recordAnswer("one", "q1", false);
    expect(summarize(store.get(), "one").rightAnswers).toBe(0);
  });

  it("tells listeners of each change, not of a repeat", () => {
    const store = new ProgressStore(memoryStorage());
    const listener = vi.fn();
    store.subscribe(listener);
    store.markRead("one");
    store.markRead("one");
    expect(listener).toHaveBeenCalledOnce();
  });

  it("forgets everything on reset", () => {
    const storage = memoryStorage();
    const store = new ProgressStore(storage);
    store.markRead("one");
    store.reset();
    expect(isEmpty(store.get())).toBe(true);
    expect(storage.map.size).toBe(0);
  });

  it("adds to what another tab stored meanwhile, and picks up its change on reload", () => {
    const storage = memoryStorage();
    const mine = new ProgressStore(storage);
    const theirs = new ProgressStore(storage);
    theirs.markRead("two");
    mine.markRead("one");
    expect(summarize(mine.get(), "two").read).toBe(true);
    theirs.reload();
    expect(summarize(theirs.get(), "one").read).toBe(true);
  });

  it("ignores a record it cannot read, and works without storage", () => {
    const storage = memoryStorage();
    storage.setItem("cache-lab:progress", "{not json");
    expect(isEmpty(new ProgressStore(storage).get())).toBe(true);
    storage.setItem("cache-lab:progress", JSON.stringify({ v: 99, tutorials: { one: { read: true } } }));
    expect(isEmpty(new ProgressStore(storage).get())).toBe(true);
    const broken = new ProgressStore(brokenStorage());
    broken.markRead("one");
    expect(summarize(broken.get(), "one").read).toBe(true);
  });
});

describe("continueAt", () => {
  it("says nothing before anything is recorded, then the first unread tutorial, then that all are read", () => {
    const store = new ProgressStore(memoryStorage());
    expect(continueAt(store.get(), TUTORIALS)).toEqual({ kind: "not-started" });
    store.recordRun("two", "x/y");
    expect(continueAt(store.get(), TUTORIALS)).toEqual({ kind: "next", tutorial: { slug: "one" } });
    store.markRead("one");
    expect(continueAt(store.get(), TUTORIALS)).toEqual({ kind: "next", tutorial: { slug: "two" } });
    store.markRead("two");
    store.markRead("three");
    expect(continueAt(store.get(), TUTORIALS)).toEqual({ kind: "all-read" });
  });
});

describe("tutorialSlugFromPath", () => {
  it("finds the slug of a tutorial page only", () => {
    expect(tutorialSlugFromPath("/tutorials/mutating-cached-values")).toBe("mutating-cached-values");
    expect(tutorialSlugFromPath("/tutorials/mutating-cached-values.html")).toBe("mutating-cached-values");
    expect(tutorialSlugFromPath("/tutorials/mutating-cached-values/")).toBe("mutating-cached-values");
    expect(tutorialSlugFromPath("/embed/mutation/uber-cache-resource")).toBeNull();
    expect(tutorialSlugFromPath("/")).toBeNull();
  });
});

describe("ReadTracker", () => {
  const fakeTimers = () => {
    const pending: (() => void)[] = [];
    return {
      pending,
      timers: { set: (callback: () => void) => pending.push(callback), clear: () => pending.splice(0) },
    };
  };

  it("marks read once both the end was seen and the minimum time passed, in either order", () => {
    for (const order of [
      ["end", "time"],
      ["time", "end"],
    ]) {
      const { pending, timers } = fakeTimers();
      const onRead = vi.fn();
      const tracker = new ReadTracker(onRead, 30_000, timers);
      for (const step of order) {
        expect(onRead).not.toHaveBeenCalled();
        if (step === "end") tracker.sawEnd();
        else pending.shift()?.();
      }
      tracker.sawEnd();
      expect(onRead).toHaveBeenCalledOnce();
    }
  });

  it("does not mark read on reaching the end alone, nor after the page is left", () => {
    const { pending, timers } = fakeTimers();
    const onRead = vi.fn();
    const tracker = new ReadTracker(onRead, 30_000, timers);
    tracker.sawEnd();
    expect(onRead).not.toHaveBeenCalled();
    tracker.dispose();
    pending.shift()?.();
    expect(onRead).not.toHaveBeenCalled();
  });
});
