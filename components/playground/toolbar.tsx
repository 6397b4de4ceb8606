"use client";

import type { ReactNode } from "react";
import { BUTTON, RUN_BUTTON } from "@/components/ui/button-styles";

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  running: boolean;
  /** The script has run at least once in this server: the button says Rerun. */
  hasRun: boolean;
  onRun: () => void;
  /** Stop, Clear cache and Restart server: without them (the static shell) the buttons wait, disabled. */
  onStop?: () => void;
  onClearCache?: () => void;
  onRestart?: () => void;
  /** Reset code (its own component: it asks first, and the static shell draws a waiting one). */
  reset: ReactNode;
  /** More actions at the end (Share and Embed). */
  extra?: ReactNode;
}

/** Run/Rerun, Stop, Clear cache, Restart server and Reset code, each labelled and keyboard reachable. */
export function Toolbar({ running, hasRun, onRun, onStop, onClearCache, onRestart, reset, extra }: ToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Playground controls">
      <button
        type="button"
        className={RUN_BUTTON}
        // Not `disabled` while running: a disabled button drops the keyboard focus to the page, and a
        // reader who pressed Enter on Run would have to find their place again.
        onClick={running ? undefined : onRun}
        aria-disabled={running}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        data-testid="run"
      >
        {hasRun ? "Rerun" : "Run"}
      </button>
      <button type="button" className={BUTTON} onClick={onStop} disabled={!running || !onStop} data-testid="stop">
        Stop
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={onClearCache}
        disabled={running || !onClearCache}
        data-testid="clear-cache"
      >
        Clear cache
      </button>
      <button type="button" className={BUTTON} onClick={onRestart} disabled={!onRestart} data-testid="restart">
        Restart server
      </button>
      {reset}
      {extra}
    </div>
  );
}
