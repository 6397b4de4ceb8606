import { describe, expect, it } from "vitest";
import { createEditStore, hashSource } from "./edit-store";
import { brokenStorage, memoryStorage } from "./test-storage";

describe("createEditStore", () => {
  it("returns the original when nothing was saved", () => {
    const store = createEditStore(memoryStorage());
    expect(store.load("a", "original")).toEqual({ code: "original", edited: false, originalChanged: false });
  });

  it("restores a saved edit per example, as a new store over the same storage would after a reload", () => {
    const storage = memoryStorage();
    createEditStore(storage).save("a", "original a", "edited a");
    const reloaded = createEditStore(storage);
    expect(reloaded.load("a", "original a")).toEqual({ code: "edited a", edited: true, originalChanged: false });
    expect(reloaded.load("b", "original b").code).toBe("original b");
  });

  it("forgets the edit on reset, and when the code is typed back to the original", () => {
    const storage = memoryStorage();
    const store = createEditStore(storage);
    store.save("a", "orig", "changed");
    store.reset("a");
    expect(store.load("a", "orig").edited).toBe(false);
    store.save("a", "orig", "changed");
    store.save("a", "orig", "orig");
    expect(storage.map.size).toBe(0);
  });

  it("keeps the reader's code but flags it when the original changed since the edit", () => {
    const storage = memoryStorage();
    createEditStore(storage).save("a", "version 1", "my edit");
    expect(createEditStore(storage).load("a", "version 2")).toEqual({
      code: "my edit",
      edited: true,
      originalChanged: true,
    });
  });

  it("ignores corrupt or foreign records instead of throwing", () => {
    const storage = memoryStorage();
    storage.setItem("cache-lab:edit:a", "{not json");
    storage.setItem("cache-lab:edit:b", JSON.stringify({ v: 99, code: "x", original: "y" }));
    const store = createEditStore(storage);
    expect(store.load("a", "orig").code).toBe("orig");
    expect(store.load("b", "orig").code).toBe("orig");
  });

  it("reports a full or disabled storage instead of throwing", () => {
    const store = createEditStore(brokenStorage());
    expect(store.load("a", "orig").code).toBe("orig");
    expect(store.save("a", "orig", "x")).toEqual({ ok: false, reason: "QuotaExceededError" });
    expect(() => store.reset("a")).not.toThrow();
  });

  it("uses the prefix and stamps the clock", () => {
    const storage = memoryStorage();
    createEditStore(storage, { prefix: "p:", now: () => 42 }).save("a", "o", "e");
    expect(JSON.parse(storage.map.get("p:a") ?? "{}")).toEqual({
      v: 1,
      original: hashSource("o"),
      code: "e",
      savedAt: 42,
    });
  });
});

describe("hashSource", () => {
  it("is stable and tells different texts apart", () => {
    expect(hashSource("abc")).toBe(hashSource("abc"));
    expect(hashSource("abc")).not.toBe(hashSource("abd"));
    expect(hashSource("")).toMatch(/^[0-9a-f]{8}-0$/);
  });
});
