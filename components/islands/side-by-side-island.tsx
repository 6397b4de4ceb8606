"use client";

import { useRef } from "react";
import type { PlaygroundClientProps, PlaygroundHandle } from "@/components/playground/playground-client";
import { PlaygroundIsland } from "./playground-island";
import { SideBySideFrame } from "@/components/playground/side-by-side-frame";

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
      <SideBySideFrame
        onRunBoth={() => {
          leftRef.current?.run();
          rightRef.current?.run();
        }}
      >
        <PlaygroundIsland {...left} ref={leftRef} />
        <PlaygroundIsland {...right} ref={rightRef} />
      </SideBySideFrame>
    </div>
  );
}
