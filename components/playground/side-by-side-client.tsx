"use client";

import { useRef } from "react";
import { PlaygroundClient, type PlaygroundClientProps, type PlaygroundHandle } from "./playground-client";
import { SideBySideFrame } from "./side-by-side-frame";

type Side = Omit<PlaygroundClientProps, "ref">;

/** Two playgrounds next to each other (stacked on narrow screens) with one "Run both" button. */
export function SideBySideClient({ left, right }: { left: Side; right: Side }) {
  const leftRef = useRef<PlaygroundHandle>(null);
  const rightRef = useRef<PlaygroundHandle>(null);
  return (
    <SideBySideFrame
      onRunBoth={() => {
        leftRef.current?.run();
        rightRef.current?.run();
      }}
    >
      <PlaygroundClient {...left} ref={leftRef} />
      <PlaygroundClient {...right} ref={rightRef} />
    </SideBySideFrame>
  );
}
