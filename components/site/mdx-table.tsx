import type { ComponentPropsWithoutRef } from "react";

/** Markdown tables scroll sideways inside their own box instead of widening the page on phones. */
export function MdxTable(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div className="overflow-x-auto">
      <table {...props} />
    </div>
  );
}
