"use client";

import type { ReactNode, Ref } from "react";
import { CodeTwinFrame } from "@/components/twin/code-twin-frame";
import type { TwinProps } from "@/components/twin/twin-types";

const BASE =
  "rounded border px-2.5 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 disabled:cursor-not-allowed disabled:opacity-50";
const BUTTON = `${BASE} border-zinc-300 dark:border-zinc-600`;
const RUN_BUTTON = `${BASE} border-red-700 bg-red-700 font-semibold text-white hover:bg-red-800`;

/** Props of {@link PlaygroundShell}. */
export interface PlaygroundShellProps {
  example: string;
  title: string;
  staticCode: ReactNode;
  /** No Share or Embed buttons (as in an embed). */
  embedded?: boolean;
  /** Run pressed before the playground's code is in: it loads it and runs once it is. */
  onRun: () => void;
  /** The island watches this element to know when the playground nears the viewport. */
  ref?: Ref<HTMLElement>;
  /** The live playground, once loaded: it replaces the shell's content inside the same element. */
  live?: ReactNode;
  /** The reader opened or closed the shell's cache inspector (the island hands that on). */
  onInspectorToggle?: (open: boolean, focused: boolean) => void;
  /** The example's Python twin and its TypeScript, for the TypeScript | Python toggle. */
  twin?: TwinProps;
  original?: string;
}

/**
 * What a playground looks like before its code has loaded: the same frame, heading, toolbar and
 * server-rendered code as the live playground's first render, so nothing moves when it takes over.
 * Only Run works here (it asks for the playground and runs it); the other buttons wait, disabled.
 *
 * Once `live` is given, the same `<section>` stays in the page as a bare block around it that keeps
 * only the outer margins (app/globals.css moves them from the live playground to it): a script or a
 * test holding this element still holds an attached one, and `[data-example]` finds only the live
 * playground.
 */
export function PlaygroundShell({ example, title, staticCode, embedded = false, onRun, ref, live, onInspectorToggle, twin, original = "" }: PlaygroundShellProps) {
  if (live) return <section ref={ref} className="playground-live my-6">{live}</section>;
  return (
    <section
      ref={ref}
      id={`playground-${example.replace(/\//g, "-")}`}
      className="playground not-prose my-6 flex min-w-0 flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-950"
      aria-label={`Playground: ${title}`}
      data-example={example}
      data-testid="playground"
      data-shell=""
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="m-0 font-mono text-sm font-semibold">{title}</h3>
        <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs tabular-nums dark:bg-zinc-800" data-testid="run-count" data-run-number={0}>
          Not run yet
        </span>
      </div>
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Playground controls">
        <button type="button" className={RUN_BUTTON} onClick={onRun} aria-keyshortcuts="Control+Enter Meta+Enter" data-testid="run">
          Run
        </button>
        {["Stop", "Clear cache", "Restart server", "Reset code", ...(embedded ? [] : ["Share", "Embed"])].map((label) => (
          <button key={label} type="button" className={BUTTON} disabled>
            {label}
          </button>
        ))}
      </div>
      <CodeTwinFrame twin={twin} example={example} title={title} code={original} original={original}>
        <div className="relative min-w-0 overflow-hidden rounded border border-zinc-200 dark:border-zinc-700">
          <div className="playground-static-code" data-testid="static-code">
            {staticCode}
          </div>
        </div>
      </CodeTwinFrame>
      <p className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400" role="status" data-testid="status-line" data-phase="waiting">
        Press Run to start the server
      </p>
      <div className="min-h-12 min-w-0 rounded border border-dashed border-zinc-200 p-2 dark:border-zinc-700" data-testid="output">
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Press Run to see what the script shows.</p>
      </div>
      {/* The cache inspector's closed panel, as the live playground draws it before a run. */}
      <details
        className="rounded border border-zinc-200 text-sm dark:border-zinc-700"
        onToggle={(event) => onInspectorToggle?.(event.currentTarget.open, event.currentTarget.contains(document.activeElement))}
        data-testid="inspector"
        data-open={false}
      >
        <summary
          className="cursor-pointer px-2 py-1 text-xs font-semibold focus-visible:outline-2 focus-visible:outline-sky-500"
          aria-label={`Cache inspector of ${title}: empty until the first run`}
          // A click (Enter and Space click too) comes at once; the toggle event comes a task later and
          // is lost if the live playground replaces the shell in between, so the intent is taken here.
          onClick={(event) => {
            const details = event.currentTarget.parentElement as HTMLDetailsElement;
            onInspectorToggle?.(!details.open, document.activeElement === event.currentTarget);
          }}
        >
          Cache inspector <span className="font-normal text-zinc-600 dark:text-zinc-400">(empty until the first run)</span>
        </summary>
      </details>
    </section>
  );
}
