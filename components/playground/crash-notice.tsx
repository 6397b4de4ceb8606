/**
 * Says that the last run of a playground's code never finished because the page died (see
 * use-run-journal.ts), and nothing ran again on its own. It says the code is kept only when it is:
 * code from a share link is never saved, so after it crashed the tab it is back only if the link is.
 */
export function CrashNotice({
  startedAt,
  autorunSkipped = false,
  shared = false,
  sharedShown = false,
}: CrashNoticeProps) {
  return (
    <p
      role="alert"
      className="rounded bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
      data-testid="crash-notice"
    >
      {crashText({ age: crashAge(startedAt), autorunSkipped, shared, sharedShown })}
    </p>
  );
}

/** Props of {@link CrashNotice}. */
export interface CrashNoticeProps {
  startedAt: number;
  /** The page asked to run on its own (embed `autorun`) and did not. */
  autorunSkipped?: boolean;
  /** The run that never finished was of code from a share link. */
  shared?: boolean;
  /** The page shows that share link's code again (the link is in the address bar). */
  sharedShown?: boolean;
}

/** The notice's words; `age` is {@link crashAge}'s "2 minutes ago". */
export function crashText({
  age,
  autorunSkipped,
  shared,
  sharedShown,
}: {
  age: string;
  autorunSkipped: boolean;
  shared: boolean;
  sharedShown: boolean;
}): string {
  const why =
    "A script that fills the memory takes the whole browser tab down with it, so nothing could report it then.";
  const notAgain = `it has not run again${autorunSkipped ? ", although this page asked to run it on its own" : ""}.`;
  if (!shared)
    return `The last run of this code did not finish: the page closed or crashed while it ran (${age}). ${why} Your code is here as you left it, and ${notAgain} Press Run when it is ready.`;
  const start = `The last run here did not finish: the page closed or crashed while it ran code from a share link (${age}). ${why} Code from a share link is never saved.`;
  if (sharedShown)
    return `${start} It is shown again only because the link is open again, and ${notAgain} Press Run only if you want to try it again.`;
  return `${start} So it is not shown here: this is your own code for this example, and nothing has run.`;
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
