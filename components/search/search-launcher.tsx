"use client";

import { useEffect, useRef, useState } from "react";

type SearchDialogComponent = typeof import("./search-dialog").default;

// The dialog and Pagefind load on the first search, not with the page. A plain import(), not
// next/dynamic: this is the page's only first-load use of it, and its loader weighs 1.5 KB gzipped.
let dialogLoad: Promise<SearchDialogComponent> | undefined;
const loadDialog = () => (dialogLoad ??= import("./search-dialog").then((m) => m.default));

// "/" must not steal a slash typed into a field, a contenteditable or the editor (Monaco types
// through its own element, an EditContext div in Chromium, not a textarea).
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    target.closest('.monaco-editor, [role="textbox"]') !== null
  );
}

/**
 * The header's Search button. `/` or Ctrl+K (Cmd+K on a Mac) opens the search dialog from anywhere
 * on the page; closing it gives the focus back to where it was.
 */
export function SearchLauncher() {
  const [SearchDialog, setSearchDialog] = useState<SearchDialogComponent | null>(null);
  const [open, setOpenState] = useState(false);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    if (next) void loadDialog().then((dialog) => setSearchDialog(() => dialog));
  };
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k";
      const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!ctrlK && !slash) return;
      event.preventDefault();
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        onClick={(event) => {
          returnTo.current = event.currentTarget;
          setOpen(true);
        }}
        aria-keyshortcuts="/ Control+K Meta+K"
        aria-haspopup="dialog"
        className="flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
        data-testid="search-button"
      >
        Search
        <kbd
          className="hidden rounded border border-zinc-300 px-1 text-xs font-normal sm:inline dark:border-zinc-600"
          aria-hidden="true"
        >
          /
        </kbd>
      </button>
      {open && SearchDialog ? (
        <SearchDialog
          onClose={() => {
            setOpen(false);
            returnTo.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
