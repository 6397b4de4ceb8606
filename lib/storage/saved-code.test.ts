import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEditStore } from "./edit-store";
import { SAVE_DELAY_MS, SavedCode } from "./saved-code";
import { brokenStorage, memoryStorage } from "./test-storage";

const EXAMPLE = "mutation/uber";
const ORIGINAL = "st.write(1)";

function setup() {
  const storage = memoryStorage();
  const edits = createEditStore(storage);
  const saved = new SavedCode(EXAMPLE, ORIGINAL, edits);
  saved.restore();
  /** What another tab sees: a second model over the same storage. */
  const other = () => {
    const model = new SavedCode(EXAMPLE, ORIGINAL, createEditStore(storage));
    model.restore();
    return model;
  };
  /** The storage event this tab gets when another tab writes `code` (or resets, with null). */
  const otherTabWrites = (code: string | null) => {
    const key = edits.keyOf(EXAMPLE);
    const oldValue = storage.getItem(key);
    if (code === null) edits.reset(EXAMPLE);
    else edits.save(EXAMPLE, ORIGINAL, code);
    saved.storageChanged({ key, oldValue, newValue: storage.getItem(key) });
  };
  return { storage, edits, saved, other, otherTabWrites };
}

describe("SavedCode", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("writes an edit once the typing pauses, and a reload shows it", () => {
    const { saved, other } = setup();
    saved.setCode("st.write(2)");
    saved.setCode("st.write(23)");
    expect(other().get().code).toBe(ORIGINAL);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(other().get().code).toBe("st.write(23)");
  });

  it("flush writes at once (before a run that may take the tab down)", () => {
    const { saved, other } = setup();
    saved.setCode("while (true) {}");
    saved.flush();
    expect(other().get().code).toBe("while (true) {}");
  });

  it("Reset forgets the edit; code typed back to the original leaves nothing saved", () => {
    const { saved, storage, other } = setup();
    saved.setCode("st.write(2)");
    saved.flush();
    saved.reset();
    expect(saved.get().code).toBe(ORIGINAL);
    expect(other().get().code).toBe(ORIGINAL);
    saved.setCode("x");
    saved.setCode(ORIGINAL);
    saved.flush();
    expect(storage.map.size).toBe(0);
  });

  it("keeping a share link's code saves it as the reader's own at once", () => {
    const { saved, other } = setup();
    saved.replace("shared code");
    expect(saved.get().code).toBe("shared code");
    expect(other().get().code).toBe("shared code");
  });

  it("takes another tab's save when this tab has nothing unsaved, and says so", () => {
    const { saved, otherTabWrites } = setup();
    otherTabWrites("from the other tab");
    expect(saved.get()).toMatchObject({ code: "from the other tab", updatedFromOtherTab: true, otherTab: null });
    saved.setCode("typing again");
    expect(saved.get().updatedFromOtherTab).toBe(false);
  });

  it("asks when both tabs have their own code, and writes nothing until the reader chooses", () => {
    const { saved, otherTabWrites, other } = setup();
    saved.setCode("mine, not saved yet");
    otherTabWrites("theirs");
    expect(saved.get()).toMatchObject({ code: "mine, not saved yet", otherTab: "theirs" });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    saved.flush();
    expect(other().get().code).toBe("theirs");
    saved.keepThisTab();
    expect(saved.get().otherTab).toBeNull();
    expect(other().get().code).toBe("mine, not saved yet");
  });

  it("taking the other tab's code drops this tab's", () => {
    const { saved, otherTabWrites, other } = setup();
    saved.setCode("mine");
    otherTabWrites("theirs");
    saved.takeOtherTab();
    expect(saved.get()).toMatchObject({ code: "theirs", otherTab: null });
    saved.flush();
    expect(other().get().code).toBe("theirs");
  });

  it("the editor echoing its own code is no edit", () => {
    const { saved, storage } = setup();
    saved.setCode(ORIGINAL);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(storage.map.size).toBe(0);
  });

  it("says so when the page may not use storage, or a save fails", () => {
    const none = new SavedCode(EXAMPLE, ORIGINAL, null);
    none.restore();
    expect(none.get().saveProblem).toBe("this page is not allowed to use storage");
    const full = new SavedCode(EXAMPLE, ORIGINAL, createEditStore(brokenStorage()));
    full.setCode("x");
    full.flush();
    expect(full.get().saveProblem).toMatch(/.+/);
    expect(full.get().code).toBe("x");
  });
});
