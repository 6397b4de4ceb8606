"use client";

import { useRef, useState } from "react";
import type { SolutionPanelProps } from "@/components/learning/solution-panel";
import { BUTTON, TOGGLE_BUTTON } from "@/components/ui/button-styles";
import { useLazyComponent } from "./use-lazy-component";

/**
 * A "Try it" item's Show solution and Apply fix: the two buttons, drawn at once, and the panel
 * that does the work (the diff, the edit store) loaded as the item nears the viewport or on a click,
 * so the page's first load does not pay for it.
 */
export function SolutionIsland(props: Omit<SolutionPanelProps, "firstAction">) {
  const ref = useRef<HTMLDivElement>(null);
  const [firstAction, setFirstAction] = useState<"show" | "apply" | undefined>(undefined);
  const { Component, request } = useLazyComponent(ref, () =>
    import("@/components/learning/solution-panel").then((m) => m.SolutionPanel),
  );
  const press = (action: "show" | "apply") => {
    setFirstAction(action);
    request();
  };
  return (
    <div ref={ref}>
      {Component ? (
        <Component {...props} firstAction={firstAction} />
      ) : (
        <div className="not-prose my-3 flex flex-wrap gap-2" data-testid="solution-shell">
          <button type="button" className={TOGGLE_BUTTON} aria-expanded={false} onClick={() => press("show")}>
            Show solution
          </button>
          <button type="button" className={BUTTON} onClick={() => press("apply")}>
            Apply fix
          </button>
        </div>
      )}
    </div>
  );
}
