"use client";

import { useState, type ReactNode } from "react";
import type { MultiSessionSetup } from "@/lib/share/share-link";
import { EmbedPanel } from "./embed-panel";
import { FocusPanel } from "./focus-panel";
import { ShareEmbedButtons } from "./share-buttons";
import { SharePanel } from "./share-panel";

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
export function useShareEmbedActions({
  example,
  title,
  code,
  idPrefix,
  multi,
  embedFragment,
}: {
  example: string;
  title: string;
  code: string;
  idPrefix: string;
  /** A multi-session playground's sessions and schedule, carried by its share link. */
  multi?: MultiSessionSetup;
  /** A share fragment the embed opens (the reader's edits), or none for the example as it is. */
  embedFragment?: string;
}): ShareEmbedActions {
  const [open, setOpen] = useState<"share" | "embed" | null>(null);
  const panelId = `${idPrefix}-share-embed`;
  const buttonId = (which: "share" | "embed") => `${panelId}-${which}`;
  const toggle = (which: "share" | "embed") => setOpen((current) => (current === which ? null : which));
  // Escape or Close: the focus goes back to the button that opened the panel.
  const close = () => {
    if (open) document.getElementById(buttonId(open))?.focus();
    setOpen(null);
  };
  const buttons = <ShareEmbedButtons open={open} panelId={panelId} buttonId={buttonId} onToggle={toggle} />;
  const panel = open ? (
    <FocusPanel key={open} id={panelId} label={`${open === "share" ? "Share" : "Embed"} ${title}`} onClose={close}>
      {open === "share" ? (
        <SharePanel example={example} code={code} multi={multi} />
      ) : (
        <>
          <EmbedPanel example={example} title={title} fragment={embedFragment} />
          {embedFragment ? (
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-300" data-testid="embed-carries-edits">
              The embed opens your code and schedule as they are now: they travel in its address, after the #. As with a
              share link, they run only when the reader presses a Run button, whatever the options say.
            </p>
          ) : null}
        </>
      )}
    </FocusPanel>
  ) : null;
  return { buttons, panel };
}
