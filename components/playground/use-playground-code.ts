"use client";

import { useCallback, useState } from "react";
import type { ShareLinkState } from "@/components/share/use-share-link";
import type { SavedCode } from "./use-saved-code";

/** Whose code the editor shows: the reader's own (saved edit or the example's), or a share link's. */
export type CodeOwner = "own" | "shared";

/** What {@link usePlaygroundCode} gives the playground. */
export interface PlaygroundCode {
  /** What the editor shows and Run runs. */
  code: string;
  owner: CodeOwner;
  /** Typing: saved as the reader's edit, or, on shared code, kept in the link's draft only. */
  setCode: (code: string) => void;
  /** Makes the shared code the reader's saved edit (replacing theirs), and leaves the link. */
  keepShared: () => void;
  /** Leaves the link: the shared code is dropped and the reader's own code is back, untouched. */
  backToOwn: () => void;
}

/**
 * Keeps a share link's code apart from the reader's own: while a link is open its code is a draft
 * that is never saved, so opening, editing or leaving it cannot overwrite or delete the reader's
 * saved edit. Only {@link PlaygroundCode.keepShared}, the reader's explicit choice, saves it.
 */
export function usePlaygroundCode(saved: SavedCode, link: ShareLinkState): PlaygroundCode {
  // The reader's edits of the shared code; null while they have not typed in it.
  const [draftEdit, setDraftEdit] = useState<string | null>(null);
  const shared = link.shared;
  const code = shared ? (draftEdit ?? shared.code) : saved.code;
  const { setCode: save, replace } = saved;
  const { update: updateLink, dismiss } = link;

  const setCode = useCallback(
    (next: string) => {
      if (!shared) return save(next);
      setDraftEdit(next);
      updateLink(next);
    },
    [shared, save, updateLink],
  );
  const backToOwn = useCallback(() => {
    setDraftEdit(null);
    dismiss();
  }, [dismiss]);
  const keepShared = useCallback(() => {
    replace(code);
    backToOwn();
  }, [replace, code, backToOwn]);

  return { code, owner: shared ? "shared" : "own", setCode, keepShared, backToOwn };
}
