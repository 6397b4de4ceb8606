/** Storages for the tests of the stores that keep state in the page's localStorage. */
import type { KeyValueStorage } from "./edit-store";

/** A working storage over a Map, which the test can inspect. */
export function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** A storage that throws as a browser's does when it is disabled (reads) or full (writes). */
export function brokenStorage(): KeyValueStorage {
  return {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
    removeItem: () => {
      throw new Error("SecurityError");
    },
  };
}
