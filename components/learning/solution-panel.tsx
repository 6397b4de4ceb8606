"use client";

import { useEffect, useId, useRef, useState } from "react";
import { createEditStore, type EditStore } from "@/lib/storage/edit-store";
import { applySolution, onSolutionApplied, solutionDiff } from "@/lib/learning/solutions";
import { BUTTON, TOGGLE_BUTTON } from "@/components/ui/button-styles";

/** Props of {@link SolutionPanel}; the server component fills them from the example files. */
export interface SolutionPanelProps {
  /** The example the item edits, e.g. "mutation/uber-cache-resource". */
  example: string;
  /** The heading of that example's playground, to say where the fix went. */
  title: string;
  original: string;
  solution: string;
  /** A button the reader pressed before this panel had loaded (the island's shell), done at once. */
  firstAction?: "show" | "apply";
}

function pageEdits(): EditStore | null {
  try {
    return createEditStore(window.localStorage);
  } catch {
    return null;
  }
}

/**
 * "Show solution" (the reader's current code against the solution, line by line) and "Apply fix"
 * (the solution becomes the reader's edit in the example's playground; Reset code there undoes it).
 */
export function SolutionPanel({ example, title, original, solution, firstAction }: SolutionPanelProps) {
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState(original);
  const [status, setStatus] = useState("");
  const diffId = useId();
  const playgroundId = `playground-${example.replace(/\//g, "-")}`;

  // The reader's code is what the edit store holds; a fix applied anywhere on the page changes it.
  const readCurrent = () => setCurrent(pageEdits()?.load(example, original).code ?? original);
  useEffect(() => {
    if (!open) return;
    const reread = () => setCurrent(pageEdits()?.load(example, original).code ?? original);
    const stop = onSolutionApplied(window, example, reread);
    window.addEventListener("storage", reread);
    return () => {
      stop();
      window.removeEventListener("storage", reread);
    };
  }, [open, example, original]);

  const toggle = () => {
    if (!open) readCurrent();
    setOpen(!open);
  };
  const apply = () => {
    const edits = pageEdits();
    const outcome = edits ? applySolution(edits, window, example, original, solution) : null;
    setCurrent(solution);
    setStatus(
      outcome?.ok
        ? `The fix is now your code in the playground “${title}”. Run it there; Reset code brings back the original.`
        : `The fix is in the playground “${title}”, but this browser could not save it.`,
    );
  };

  const first = useRef(firstAction);
  useEffect(() => {
    const action = first.current;
    first.current = undefined;
    if (action === "show") toggle();
    else if (action === "apply") apply();
    // Once, on mount: the click the shell took.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const diff = solutionDiff(current, solution);
  return (
    <div className="not-prose my-3 flex flex-col gap-2" data-testid="solution" data-solution-for={example}>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={TOGGLE_BUTTON} aria-expanded={open} aria-controls={diffId} onClick={toggle}>
          {open ? "Hide solution" : "Show solution"}
        </button>
        <button type="button" className={BUTTON} onClick={apply}>
          Apply fix
        </button>
      </div>
      <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="solution-status">
        {status ? (
          <>
            {status}{" "}
            <a href={`#${playgroundId}`} className="text-rose-700 underline dark:text-rose-300">
              Go to the playground
            </a>
          </>
        ) : null}
      </p>
      {open ? (
        <figure id={diffId} className="m-0">
          <figcaption className="mb-1 text-sm text-zinc-700 dark:text-zinc-300">
            {diff.matches
              ? "Your code already matches the solution."
              : "Your code against the solution: lines marked − go, lines marked + come in."}
          </figcaption>
          <pre
            className="overflow-x-auto rounded border border-zinc-200 bg-zinc-50 py-2 font-mono text-[0.8125rem] leading-5 dark:border-zinc-700 dark:bg-zinc-900"
            data-testid="solution-diff"
            // Focusable so a keyboard can scroll a long line into view.
            tabIndex={0}
          >
            {diff.lines.map((line, i) =>
              line.kind === "same" ? (
                <span key={i} className="block px-3 whitespace-pre">
                  {"  "}
                  {line.text}
                </span>
              ) : line.kind === "removed" ? (
                <del
                  key={i}
                  className="block bg-red-100 px-3 whitespace-pre text-red-900 no-underline dark:bg-red-950 dark:text-red-100"
                >
                  {"− "}
                  {line.text}
                </del>
              ) : (
                <ins
                  key={i}
                  className="block bg-green-100 px-3 whitespace-pre text-green-900 no-underline dark:bg-green-950 dark:text-green-100"
                >
                  {"+ "}
                  {line.text}
                </ins>
              ),
            )}
          </pre>
        </figure>
      ) : null}
    </div>
  );
}
