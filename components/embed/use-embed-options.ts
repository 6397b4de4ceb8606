"use client";

import { useMemo, useSyncExternalStore } from "react";
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions, type EmbedOptions } from "@/lib/embed/embed-options";

const noSubscription = () => () => undefined;

/**
 * The embed's options from its query string. The static export renders the page without a query, so
 * the server snapshot is the defaults and the real options apply right after hydration (the inline
 * theme script has already applied the theme before the first paint).
 */
export function useEmbedOptions(): EmbedOptions {
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => null,
  );
  return useMemo(() => (search === null ? DEFAULT_EMBED_OPTIONS : parseEmbedOptions(search)), [search]);
}
