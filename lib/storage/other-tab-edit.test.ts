import { describe, expect, it } from "vitest";
import { createEditStore } from "./edit-store";
import { otherTabEdit } from "./other-tab-edit";
import { memoryStorage } from "./test-storage";

const EXAMPLE = "mutation/uber-cache-data";
const ORIGINAL = "st.write(1);";

/** The value another tab writes for `code`, exactly as the edit store writes it. */
function written(code: string): string | null {
  const storage = memoryStorage();
  createEditStore(storage).save(EXAMPLE, ORIGINAL, code);
  return storage.getItem(`cache-lab:edit:${EXAMPLE}`);
}

describe("otherTabEdit", () => {
  const store = createEditStore(memoryStorage());
  const key = store.keyOf(EXAMPLE);

  it("takes the other tab's code when this tab held exactly what was saved before", () => {
    const change = { key, oldValue: written("mine"), newValue: written("theirs") };
    expect(otherTabEdit(store, change, EXAMPLE, ORIGINAL, "mine")).toEqual({ kind: "adopt", code: "theirs" });
  });

  it("asks the reader when this tab has code the other tab never saw", () => {
    const change = { key, oldValue: written("base"), newValue: written("theirs") };
    expect(otherTabEdit(store, change, EXAMPLE, ORIGINAL, "mine, still typing")).toEqual({
      kind: "conflict",
      theirs: "theirs",
    });
  });

  it("reads a reset in the other tab (the key removed) as the original code", () => {
    expect(otherTabEdit(store, { key, oldValue: written("base"), newValue: null }, EXAMPLE, ORIGINAL, "mine")).toEqual({
      kind: "conflict",
      theirs: ORIGINAL,
    });
    expect(otherTabEdit(store, { key, oldValue: written("mine"), newValue: null }, EXAMPLE, ORIGINAL, "mine")).toEqual({
      kind: "adopt",
      code: ORIGINAL,
    });
  });

  it("treats a cleared storage (key null) as a change of every example", () => {
    expect(otherTabEdit(store, { key: null, oldValue: null, newValue: null }, EXAMPLE, ORIGINAL, "mine")).toEqual({
      kind: "conflict",
      theirs: ORIGINAL,
    });
  });

  it("ignores other keys, and changes that leave this tab's code as it is", () => {
    expect(
      otherTabEdit(
        store,
        { key: "cache-lab:edit:other/example", oldValue: null, newValue: written("x") },
        EXAMPLE,
        ORIGINAL,
        "mine",
      ),
    ).toEqual({ kind: "none" });
    expect(
      otherTabEdit(store, { key, oldValue: written("base"), newValue: written("mine") }, EXAMPLE, ORIGINAL, "mine"),
    ).toEqual({ kind: "none" });
  });
});
