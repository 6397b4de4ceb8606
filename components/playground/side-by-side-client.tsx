"use client";

import { useRef } from "react";
import { PlaygroundClient, type PlaygroundClientProps, type PlaygroundHandle } from "./playground-client";

type Side = Omit<PlaygroundClientProps, "ref">;

/** Two playgrounds next to each other (stacked on narrow screens) with one "Run both" button. */
export function SideBySideClient({ left, right }: { left: Side; right: Side }) {
  const leftRef = useRef<PlaygroundHandle>(null);
  const rightRef = useRef<PlaygroundHandle>(null);
  return (
    <div className="side-by-side not-prose my-6" data-testid="side-by-side">
      <button
        type="button"
        onClick={() => {
          leftRef.current?.run();
          rightRef.current?.run();
        }}
        className="rounded border border-red-500 px-3 py-1 text-sm font-semibold text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-red-300 dark:hover:bg-red-950"
        data-testid="run-both"
      >
        Run both
      </button>
      <div className="grid gap-4 xl:grid-cols-2 [&>*]:my-2">
        <PlaygroundClient {...left} ref={leftRef} />
        <PlaygroundClient {...right} ref={rightRef} />
      </div>
    </div>
  );
}
