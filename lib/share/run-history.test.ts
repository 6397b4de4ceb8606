import { describe, expect, it } from "vitest";
import { createRunHistory } from "./run-history";

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

describe("run history", () => {
  it("remembers runs per example", () => {
    const storage = memoryStorage();
    const history = createRunHistory(storage);
    expect(history.hasRun("mutation/uber-cache-data")).toBe(false);
    history.markRun("mutation/uber-cache-data");
    expect(history.hasRun("mutation/uber-cache-data")).toBe(true);
    expect(history.hasRun("mutation/uber-cache-resource")).toBe(false);
    expect(createRunHistory(storage).hasRun("mutation/uber-cache-data")).toBe(true);
  });

  it("treats storage that throws as empty", () => {
    const broken = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    const history = createRunHistory(broken);
    expect(() => history.markRun("a/b")).not.toThrow();
    expect(history.hasRun("a/b")).toBe(false);
  });
});
