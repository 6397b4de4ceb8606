"use client";

import { useCallback, useEffect, useState, type ComponentType, type RefObject } from "react";
import { useNearViewport } from "@/components/playground/use-near-viewport";

/**
 * How far ahead of the viewport a playground's code starts downloading: the 400 px at which the
 * playground boots Monaco anyway, so a page opened at its top pays nothing for a playground further
 * down (an 800 px margin pulled the Uber pair's 23 KiB into the first load of its tutorial).
 */
const LOAD_MARGIN = "400px";

/** A share link (`#code/...`) names a playground anywhere on the page: every island loads at once. */
function hasShareFragment(): boolean {
  return window.location.hash.startsWith("#code/");
}

/** What {@link useLazyComponent} gives an island. */
export interface LazyComponent<P> {
  /** The loaded component, or null while the shell is shown. */
  Component: ComponentType<P> | null;
  /** Loads it now (a click on the shell's Run button). */
  request: () => void;
}

/**
 * Loads a heavy client component with `import()` when the island nears the viewport, when the page
 * was opened with a share link, or when `request` is called; until then the island shows its
 * server-rendered shell. `import()` puts the component in its own chunk, so a page pays for it only
 * once a reader can see it.
 */
export function useLazyComponent<P>(
  rootRef: RefObject<Element | null>,
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  const near = useNearViewport(rootRef, LOAD_MARGIN);
  const [requested, setRequested] = useState(false);
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    // The fragment is only known in the browser, after hydration; reading it once is enough.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (hasShareFragment()) setRequested(true);
  }, []);
  useEffect(() => {
    if (!near && !requested) return;
    let live = true;
    load().then(
      // A function stored in state must be wrapped, or React would call it as an updater.
      (loaded) => live && setComponent(() => loaded),
      // A failed chunk (offline, new deploy) leaves the static code readable; a later trigger retries.
      () => live && setRequested(false),
    );
    return () => {
      live = false;
    };
  }, [near, requested, load]);
  const request = useCallback(() => setRequested(true), []);
  return { Component, request };
}
