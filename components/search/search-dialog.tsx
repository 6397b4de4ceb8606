"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { loadPagefind, searchSite, type SearchHit } from "@/lib/search/pagefind-client";

/**
 * The search dialog: a modal with one field and its results (tutorial sections and examples),
 * searched in the browser over the static index Pagefind built with the site. Down/Up move
 * between the field and the results, Enter opens one, Escape closes.
 */
export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState("");
  const [state, setState] = useState<{ hits: SearchHit[]; query: string; error?: string; busy: boolean }>({
    hits: [],
    query: "",
    busy: false,
  });
  const headingId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    inputRef.current?.focus();
    // Start fetching Pagefind while the reader types the first letters.
    void loadPagefind().catch(() => undefined);
    return () => dialog.close();
  }, []);

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    let stale = false;
    // A short pause, so a search runs for what was typed, not for every letter.
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, busy: true }));
      searchSite(text)
        .then((hits) => !stale && setState({ hits, query: text, busy: false }))
        .catch(
          (error: unknown) =>
            !stale &&
            setState({
              hits: [],
              query: text,
              busy: false,
              error: error instanceof Error ? error.message : String(error),
            }),
        );
    }, 120);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  // Closed natively first, so the page is no longer inert when the focus goes back (the close event calls onClose).
  const close = () => dialogRef.current?.close();
  const links = () => Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>("a") ?? []);
  const onKey = (event: KeyboardEvent) => {
    // A search field would spend the first Escape on clearing itself; here Escape always closes.
    if (event.key === "Escape") {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const all = links();
    if (all.length === 0) return;
    event.preventDefault();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === "ArrowDown" ? at + 1 : at - 1;
    if (next < 0) inputRef.current?.focus();
    else all[Math.min(next, all.length - 1)].focus();
  };

  const shown = query.trim() ? state : { hits: [], query: "", busy: false };
  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      onKeyDown={onKey}
      onClick={(event) => event.target === event.currentTarget && close()}
      aria-labelledby={headingId}
      className="m-auto mt-16 w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-zinc-950/50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      data-testid="search-dialog"
    >
      <div className="flex items-center gap-2 border-b border-zinc-200 p-3 dark:border-zinc-700">
        <h2 id={headingId} className="sr-only">
          Search the tutorials and examples
        </h2>
        <input
          ref={inputRef}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          placeholder="Search tutorials and examples"
          aria-label="Search the tutorials and examples"
          aria-describedby={`${headingId}-status`}
          className="min-w-0 grow rounded border border-zinc-300 bg-transparent px-2 py-1.5 text-base outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:border-zinc-600"
          data-testid="search-input"
        />
        <button
          type="button"
          onClick={close}
          className="rounded border border-zinc-300 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-600"
        >
          Close
        </button>
      </div>
      <p
        id={`${headingId}-status`}
        role="status"
        className="px-3 pt-2 text-xs text-zinc-600 dark:text-zinc-400"
        data-testid="search-status"
      >
        {shown.error
          ? `Search is not available: ${shown.error}`
          : shown.busy
            ? "Searching…"
            : shown.query
              ? `${shown.hits.length === 0 ? "No" : shown.hits.length} result${shown.hits.length === 1 ? "" : "s"} for “${shown.query}”.`
              : "Type to search. Down and Up move through the results; Enter opens one."}
      </p>
      <ul ref={listRef} className="max-h-[60vh] overflow-y-auto p-2" data-testid="search-results">
        {shown.hits.map((hit) => (
          <li key={hit.url} className="mb-1">
            <a
              href={hit.url}
              onClick={onClose}
              className="block rounded px-2 py-1.5 hover:bg-zinc-100 focus-visible:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800"
              data-kind={hit.kind}
            >
              <span className="block text-sm font-semibold">{hit.title}</span>
              {/* Pagefind's excerpt: escaped page text with <mark> around the matched words. */}
              <span
                className="block text-xs text-zinc-600 dark:text-zinc-300 [&_mark]:bg-amber-200 [&_mark]:text-zinc-900"
                dangerouslySetInnerHTML={{ __html: hit.excerpt }}
              />
            </a>
            {hit.sections.length > 0 ? (
              <ul className="ml-4 border-l border-zinc-200 pl-2 dark:border-zinc-700">
                {hit.sections.map((section) => (
                  <li key={section.url}>
                    <a
                      href={section.url}
                      onClick={onClose}
                      className="block rounded px-2 py-1 text-xs hover:bg-zinc-100 focus-visible:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800"
                      data-kind="section"
                    >
                      <span className="font-medium">{section.title}</span>
                      <span
                        className="block text-zinc-600 dark:text-zinc-300 [&_mark]:bg-amber-200 [&_mark]:text-zinc-900"
                        dangerouslySetInnerHTML={{ __html: section.excerpt }}
                      />
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </dialog>
  );
}
