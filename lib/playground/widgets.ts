import type { JsonValue, WidgetStates } from "@/lib/streamlit/types";

/** A widget the reader changed; `momentary` for buttons, whose value lasts one run. */
export interface WidgetChange {
  id: string;
  value: JsonValue;
  momentary: boolean;
}

/**
 * The widget values a rerun sends, and the ones kept for the runs after it. As in Streamlit, a
 * clicked button is true for the one run it triggers; a slider or a checkbox keeps its value.
 */
export function widgetsForRun(kept: WidgetStates, change?: WidgetChange): { kept: WidgetStates; sent: WidgetStates } {
  if (!change) return { kept, sent: kept };
  if (change.momentary) return { kept, sent: { ...kept, [change.id]: change.value } };
  const next = { ...kept, [change.id]: change.value };
  return { kept: next, sent: next };
}
