"use client";

/** Props of {@link LeftRunningNotice}. */
export interface LeftRunningNoticeProps {
  /** Timers still pending, or null when the sandbox is too busy to say. */
  pending: number | null;
  timeLimitMs: number;
  onStop: () => void;
}

/**
 * Says that the last run ended but left code running (timers, intervals, a promise loop), which
 * counts against its time limit, and offers to stop it now.
 */
export function LeftRunningNotice({ pending, timeLimitMs, onStop }: LeftRunningNoticeProps) {
  const what =
    pending === null
      ? "keeps the server busy"
      : `left ${pending === 1 ? "a timer" : `${pending} timers or intervals`} pending`;
  return (
    <div
      role="status"
      data-testid="left-running"
      className="my-1 flex flex-wrap items-center gap-2 rounded bg-amber-50 p-2 text-sm dark:bg-amber-950/50"
    >
      <span>
        The run has ended, but code it left behind is still running: it {what}. It is stopped when the run&apos;s{" "}
        {timeLimitMs / 1000} s time limit is up.
      </span>
      <button
        type="button"
        onClick={onStop}
        className="rounded border border-zinc-400 px-2 py-0.5 text-xs font-semibold hover:border-red-500 dark:border-zinc-500"
        data-testid="left-running-stop"
      >
        Stop it now
      </button>
    </div>
  );
}
