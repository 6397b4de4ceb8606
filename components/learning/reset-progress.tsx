"use client";

import { isEmpty, pageProgress } from "@/lib/learning/progress";
import { BUTTON } from "@/components/ui/button-styles";
import { useProgress } from "./use-progress";

/** "Reset progress", after a confirmation; shown only once there is progress to reset. */
export function ResetProgress() {
  const progress = useProgress();
  if (isEmpty(progress)) return null;
  const reset = () => {
    if (window.confirm("Forget which tutorials you read, ran and answered in this browser? Your code edits stay."))
      pageProgress().reset();
  };
  return (
    <button type="button" className={`${BUTTON} mt-4 text-xs`} onClick={reset}>
      Reset progress
    </button>
  );
}
