"use client";

import { useState, type ReactNode } from "react";
import { BUTTON, RUN_BUTTON } from "@/components/ui/button-styles";

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  running: boolean;
  /** The script has run at least once in this server: the button says Rerun. */
  hasRun: boolean;
  edited: boolean;
  onRun: () => void;
  onStop: () => void;
  onClearCache: () => void;
  onRestart: () => void;
  onReset: () => void;
  /** More actions at the end (Share and Embed). */
  extra?: ReactNode;
  /** The static shell's toolbar: only Run works yet, the rest wait, disabled. */
  inert?: boolean;
}

/** Run/Rerun, Stop, Clear cache, Restart server and Reset code, each labelled and keyboard reachable. */
export function Toolbar({
  running,
  hasRun,
  edited,
  onRun,
  onStop,
  onClearCache,
  onRestart,
  onReset,
  extra,
  inert = false,
}: ToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Playground controls">
      <button
        type="button"
        className={RUN_BUTTON}
        onClick={onRun}
        disabled={running}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        data-testid="run"
      >
        {hasRun ? "Rerun" : "Run"}
      </button>
      <button type="button" className={BUTTON} onClick={onStop} disabled={!running} data-testid="stop">
        Stop
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={onClearCache}
        disabled={running || inert}
        data-testid="clear-cache"
      >
        Clear cache
      </button>
      <button type="button" className={BUTTON} onClick={onRestart} disabled={inert} data-testid="restart">
        Restart server
      </button>
      <ResetCodeButton edited={edited} onReset={onReset} />
      {extra}
    </div>
  );
}

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
