"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import {
  encodeShareFragment,
  MAX_FRAGMENT_LENGTH,
  readShareFragment,
  type MultiSessionSetup,
  type SharedCode,
} from "@/lib/share/share-link";

/** What {@link useShareLink} tells a playground about the share link in the address bar. */
export interface ShareLinkState {
  /** The link's code, when the link is for this playground. */
  shared: SharedCode | null;
  /** The link asked to run its code on open, which is never done (the page says so). */
  askedToRun: boolean;
  /** Why the link (for this playground, or for none on the page) was refused. */
  refusal: string | null;
  /** Forgets the link (Reset) and takes it out of the address bar. */
  dismiss: () => void;
  /**
   * Keeps the address bar's link in step with the reader's edits of shared code (and, on a
   * multi-session playground, of its schedule; without `multi` the link's own setup stays).
   */
  update: (code: string, multi?: MultiSessionSetup) => void;
}

const URL_UPDATE_DELAY_MS = 400;
interface LinkState {
  shared: SharedCode | null;
  refusal: string | null;
}
const NOTHING: LinkState = { shared: null, refusal: null };

function pageWithoutFragment(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/**
 * Reads a share link (`#code/...`) once after hydration. The playground the link names takes its code
 * and scrolls into view; a refused link is reported by the playground it names, or by the page's first
 * playground when it names none that is here.
 */
export function useShareLink(example: string, rootRef: RefObject<HTMLElement | null>): ShareLinkState {
  const [{ shared, refusal }, setState] = useState<LinkState>(NOTHING);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const onPage = (name: string) => document.querySelector(`[data-example="${CSS.escape(name)}"]`) !== null;
    const result = readShareFragment(window.location.hash, onPage);
    if (result.kind === "none") return;
    const root = rootRef.current;
    let next: LinkState | null = null;
    if (result.kind === "refused") {
      const mine =
        result.example === example || (result.example === null && document.querySelector("[data-example]") === root);
      if (mine) next = { shared: null, refusal: result.message };
    } else if (result.shared.example === example) {
      next = { shared: result.shared, refusal: null };
    }
    // The reader came for this playground (or to learn why the link failed): show it.
    if (next) root?.scrollIntoView({ block: "start" });
    // The address bar is outside React: this syncs the page with it once, after hydration.
    if (next) setState(next);
  }, [example, rootRef]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const dismiss = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    if (shared || refusal) window.history.replaceState(window.history.state, "", pageWithoutFragment());
    setState(NOTHING);
  }, [shared, refusal]);

  const update = useCallback(
    (code: string, multi?: MultiSessionSetup) => {
      if (!shared) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const fragment = encodeShareFragment({ example, code, autorun: shared.autorun, multi: multi ?? shared.multi });
        // A link grown past the limit would be refused on reload; the last one that fits stays.
        if (fragment.length - 1 <= MAX_FRAGMENT_LENGTH)
          window.history.replaceState(window.history.state, "", `${pageWithoutFragment()}${fragment}`);
      }, URL_UPDATE_DELAY_MS);
    },
    [example, shared],
  );

  return { shared, askedToRun: shared?.autorun ?? false, refusal, dismiss, update };
}
