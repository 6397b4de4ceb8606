/**
 * Says that the last run of a playground's code never finished because the page died (see
 * use-run-journal.ts): the reader's code is kept, and nothing ran again on its own.
 */
export function CrashNotice({ startedAt, autorunSkipped = false }: { startedAt: number; autorunSkipped?: boolean }) {
  return (
    <p role="alert" className="rounded bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100" data-testid="crash-notice">
      The last run of this code did not finish: the page closed or crashed while it ran ({crashAge(startedAt)}). A script that fills the
      memory takes the whole browser tab down with it, so nothing could report it then. Your code is here as you left it, and it has not run
      again{autorunSkipped ? ", although this page asked to run it on its own" : ""}. Press Run when it is ready.
    </p>
  );
}

/** "2 minutes ago": how long ago the run started, on the reader's own clock. */
export function crashAge(startedAt: number, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - startedAt) / 1000));
  if (seconds < 60) return seconds <= 1 ? "just now" : `${seconds} seconds ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "a minute ago" : `${minutes} minutes ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return hours === 1 ? "an hour ago" : `${hours} hours ago`;
  return `${Math.round(hours / 24)} days ago`;
}
