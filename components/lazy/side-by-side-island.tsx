"use client";

import { useRef, useState } from "react";
import "@/components/playground/playground.css";
import type { PlaygroundClientProps } from "@/components/playground/playground-client";
import { PlaygroundShell } from "./playground-shell";
import { useLazyComponent } from "./use-lazy-component";

type Side = Omit<PlaygroundClientProps, "ref">;
type Which = "left" | "right";

const loadSideBySide = () => import("@/components/playground/side-by-side-client").then((m) => m.SideBySideClient);

/**
 * `<SideBySide>` as an island: "Run both" and two playground shells until the pair's code has
 * loaded (near the viewport, or on a Run press, which then runs the side or sides pressed).
 */
export function SideBySideIsland({ left, right }: { left: Side; right: Side }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { Component, request } = useLazyComponent(rootRef, loadSideBySide);
  const [runs, setRuns] = useState<Which[]>([]);
  const runLater = (...which: Which[]) => {
    setRuns((current) => [...current, ...which]);
    request();
  };
  // The wrapper is the same element before and after loading; on wide screens it spans the
  // article and table-of-contents columns (app/globals.css), so both editors are readable.
  if (Component) {
    return (
      <div ref={rootRef} className="playground-wide">
        <Component left={{ ...left, autorun: left.autorun || runs.includes("left") }} right={{ ...right, autorun: right.autorun || runs.includes("right") }} />
      </div>
    );
  }
  return (
    <div ref={rootRef} className="playground-wide">
      <div className="side-by-side not-prose my-6" data-testid="side-by-side">
        <button
          type="button"
          onClick={() => runLater("left", "right")}
          className="rounded border border-red-500 px-3 py-1 text-sm font-semibold text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-red-300 dark:hover:bg-red-950"
          data-testid="run-both"
        >
          Run both
        </button>
        <div className="grid gap-4 xl:grid-cols-2 [&>*]:my-2">
          <PlaygroundShell example={left.example} title={left.title} staticCode={left.staticCode} embedded={left.embedded} onRun={() => runLater("left")} />
          <PlaygroundShell example={right.example} title={right.title} staticCode={right.staticCode} embedded={right.embedded} onRun={() => runLater("right")} />
        </div>
      </div>
    </div>
  );
}
