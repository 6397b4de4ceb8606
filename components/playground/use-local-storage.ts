"use client";

import { useMemo } from "react";
import type { KeyValueStorage } from "@/lib/storage/edit-store";

/**
 * Something built over the page's localStorage, once per component: null during the server
 * render, and where reading `window.localStorage` itself throws (storage blocked for the site).
 */
export function useLocalStorage<T>(create: (storage: KeyValueStorage) => T): T | null {
  // Callers pass a module-level function, so this is made once per component.
  return useMemo(() => {
    if (typeof window === "undefined") return null;
    try {
      return create(window.localStorage);
    } catch {
      return null;
    }
  }, [create]);
}
