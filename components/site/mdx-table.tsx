import type { ComponentPropsWithoutRef } from "react";

/**
 * Markdown tables scroll sideways inside their own box instead of widening the page on phones.
 * The box is focusable so a keyboard can scroll it too (axe: scrollable-region-focusable).
 */
export function MdxTable(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div
      className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-sky-500"
      tabIndex={0}
      role="region"
      aria-label="Table, scrolls sideways"
    >
      <table {...props} />
    </div>
  );
}
