"use client";

import { useState, type ReactNode } from "react";
import { EmbedPanel } from "./embed-panel";
import { SharePanel } from "./share-panel";

const BUTTON =
  "rounded border border-zinc-300 px-2.5 py-1 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 aria-expanded:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800 dark:aria-expanded:bg-zinc-800";

/** The Share and Embed toolbar buttons and the panel the open one shows. */
export interface ShareEmbedActions {
  /** Goes at the end of the playground toolbar. */
  buttons: ReactNode;
  /** Goes below the toolbar; null while both are closed. */
  panel: ReactNode;
}

/**
 * Share and Embed for one playground. The Share panel is rendered from `code` on every render, so
 * its link always carries the code as it is in the editor now.
 */
export function useShareEmbedActions({ example, title, code, idPrefix }: { example: string; title: string; code: string; idPrefix: string }): ShareEmbedActions {
  const [open, setOpen] = useState<"share" | "embed" | null>(null);
  const panelId = `${idPrefix}-share-embed`;
  const toggle = (which: "share" | "embed") => setOpen((current) => (current === which ? null : which));
  const buttons = (
    <>
      <button type="button" className={BUTTON} aria-expanded={open === "share"} aria-controls={open === "share" ? panelId : undefined} onClick={() => toggle("share")} data-testid="share">
        Share
      </button>
      <button type="button" className={BUTTON} aria-expanded={open === "embed"} aria-controls={open === "embed" ? panelId : undefined} onClick={() => toggle("embed")} data-testid="embed">
        Embed
      </button>
    </>
  );
  const panel = open ? (
    <div id={panelId}>{open === "share" ? <SharePanel example={example} code={code} /> : <EmbedPanel example={example} title={title} />}</div>
  ) : null;
  return { buttons, panel };
}
