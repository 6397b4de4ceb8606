/** The persist stores. The IndexedDB store needs a browser; in Node it must refuse clearly. */
import { describe, expect, it } from "vitest";
import { createIndexedDbStore, createMemoryStore } from "./persist-store";

describe("createMemoryStore", () => {
  it("stores structured-clone copies and lists, reads and deletes keys", async () => {
    const store = createMemoryStore();
    const value = { rows: [1, 2], when: new Date(0) };
    await store.set("a", value);
    value.rows.push(3);
    expect(await store.get("a")).toEqual({ rows: [1, 2], when: new Date(0) });
    expect(await store.keys()).toEqual(["a"]);
    await store.delete("a");
    expect(await store.get("a")).toBeUndefined();
    await expect(store.set("f", { f: () => 1 })).rejects.toThrow();
  });
});

describe("createIndexedDbStore", () => {
  it("says so when indexedDB does not exist (Node)", () => {
    expect(() => createIndexedDbStore("x")).toThrow(/indexedDB is not available/);
  });
});
