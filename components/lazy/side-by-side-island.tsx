"use client";

import { useRef } from "react";
import type { PlaygroundClientProps, PlaygroundHandle } from "@/components/playground/playground-client";
import { PlaygroundIsland } from "./playground-island";

type Side = Omit<PlaygroundClientProps, "ref">;

/**
 * `<SideBySide>` on a tutorial page: the markup of `SideBySideClient` (which embeds keep using) over
 * two playground islands, so the pair's code loads only when it nears the viewport, and "Run both"
 * pressed before that loads it and runs both sides. On wide screens the block also takes the
 * table-of-contents column (`playground-wide` in app/globals.css), so both editors are readable.
 */
export function SideBySideIsland({ left, right }: { left: Side; right: Side }) {
  const leftRef = useRef<PlaygroundHandle>(null);
  const rightRef = useRef<PlaygroundHandle>(null);
  return (
    <div className="playground-wide">
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
          <PlaygroundIsland {...left} ref={leftRef} />
          <PlaygroundIsland {...right} ref={rightRef} />
        </div>
      </div>
    </div>
  );
}
