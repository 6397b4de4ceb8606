"use client";

import { useState } from "react";
import { BUTTON } from "@/components/ui/button-styles";

/** "Reset code", which asks "Discard your edits?" first; disabled while the code is the original. */
export function ResetCodeButton({ edited, onReset }: { edited: boolean; onReset: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <span className="flex items-center gap-2 text-sm" role="group" aria-label="Confirm reset">
      Discard your edits?
      <button
        type="button"
        className={BUTTON}
        autoFocus
        onClick={() => {
          setConfirming(false);
          onReset();
        }}
        data-testid="reset-confirm"
      >
        Reset
      </button>
      <button type="button" className={BUTTON} onClick={() => setConfirming(false)}>
        Keep
      </button>
    </span>
  ) : (
    <button type="button" className={BUTTON} onClick={() => setConfirming(true)} disabled={!edited} data-testid="reset">
      Reset code
    </button>
  );
}
