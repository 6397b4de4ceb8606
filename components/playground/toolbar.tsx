"use client";

import type { ReactNode } from "react";
import { BUTTON, RUN_BUTTON } from "@/components/ui/button-styles";

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  running: boolean;
  /** The script has run at least once in this server: the button says Rerun. */
  hasRun: boolean;
  onRun: () => void;
  onStop: () => void;
  onClearCache: () => void;
  onRestart: () => void;
  /** Reset code (its own component: it asks first, and the static shell draws a waiting one). */
  reset: ReactNode;
  /** More actions at the end (Share and Embed). */
  extra?: ReactNode;
  /** The static shell's toolbar: only Run works yet, the rest wait, disabled. */
  inert?: boolean;
}

/** Run/Rerun, Stop, Clear cache, Restart server and Reset code, each labelled and keyboard reachable. */
export function Toolbar({
  running,
  hasRun,
  onRun,
  onStop,
  onClearCache,
  onRestart,
  reset,
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
      {reset}
      {extra}
    </div>
  );
}
