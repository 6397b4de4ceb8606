"use client";

import { useRef, useState, type ReactNode } from "react";
import { PlaygroundClient, type PlaygroundHandle } from "@/components/playground/playground-client";
import { MultiSessionClient, type MultiSessionClientProps } from "@/components/multi-session/multi-session-client";
import { useEmbedOptions } from "./use-embed-options";
import { useReportHeight } from "./use-report-height";

/** One playground of an embed, as the server component loads it from the example file. */
export interface EmbedSide {
  example: string;
  title: string;
  original: string;
  timeLimitMs: number;
  /** The highlighted code rendered at build time, shown until the editor is ready. */
  staticCode: ReactNode;
}

/** Props of {@link EmbedShell}. */
export interface EmbedShellProps {
  /** One example, or the two of a side-by-side pair. */
  sides: EmbedSide[];
  /** Instead of `sides`: one example as a multi-session playground, as its tutorial shows it. */
  multi?: Omit<MultiSessionClientProps, "embedded" | "readOnly" | "autorun">;
  /** Where "Open in Cache Lab" leads: the tutorial (and playground) this comes from. */
  tutorialHref: string;
}

const TAB = "rounded-t border border-b-0 px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-sky-500";

/**
 * The whole of an embed page: the playground(s) and a small link back to the site. It reads its options
 * from the query string, reports its height to the host page, and listens to no message from it.
 */
export function EmbedShell({ sides, multi, tutorialHref }: EmbedShellProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const options = useEmbedOptions();
  useReportHeight(rootRef);
  const handles = [useRef<PlaygroundHandle>(null), useRef<PlaygroundHandle>(null)];
  const [tab, setTab] = useState(0);
  const pair = sides.length > 1;
  const layout = pair ? options.layout : "single";

  return (
    <div
      ref={rootRef}
      data-embed-root=""
      data-layout={layout}
      className="flex flex-col gap-2 p-2"
      style={options.height ? { minHeight: options.height } : undefined}
    >
      <main id="main" className="min-w-0">
        {pair ? (
          <div className="flex flex-wrap items-end gap-2">
            {layout === "single"
              ? sides.map((side, i) => (
                  <button
                    key={side.example}
                    type="button"
                    aria-pressed={tab === i}
                    className={`${TAB} ${tab === i ? "border-zinc-300 bg-white font-semibold dark:border-zinc-600 dark:bg-zinc-950" : "border-transparent text-zinc-600 dark:text-zinc-300"}`}
                    onClick={() => setTab(i)}
                  >
                    {side.title}
                  </button>
                ))
              : null}
            <button
              type="button"
              onClick={() => handles.forEach((handle) => handle.current?.run())}
              className="ml-auto rounded border border-red-500 px-3 py-1 text-sm font-semibold text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-red-300 dark:hover:bg-red-950"
              data-testid="run-both"
            >
              Run both
            </button>
          </div>
        ) : null}
        {multi ? (
          <div className="min-w-0 [&_.playground]:my-0">
            <MultiSessionClient {...multi} readOnly={options.readonly} autorun={options.autorun} embedded />
          </div>
        ) : null}
        <div
          className={
            layout === "side-by-side"
              ? "grid gap-3 md:grid-cols-2 [&_.playground]:my-0"
              : "grid gap-3 [&_.playground]:my-0"
          }
        >
          {sides.map((side, i) => (
            <div key={side.example} hidden={layout === "single" && pair && tab !== i} className="min-w-0">
              <PlaygroundClient
                {...side}
                ref={handles[i]}
                readOnly={options.readonly}
                autorun={options.autorun}
                embedded
              />
            </div>
          ))}
        </div>
      </main>
      <p className="text-right text-xs">
        <a
          href={tutorialHref}
          target="_blank"
          rel="noopener"
          className="text-rose-700 underline underline-offset-2 dark:text-rose-300"
          data-testid="open-in-cache-lab"
        >
          Open in Cache Lab
        </a>
      </p>
    </div>
  );
}
