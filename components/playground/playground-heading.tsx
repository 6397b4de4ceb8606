/** A playground's title, its "Shared code" badge, and which run the output is from. */
export function PlaygroundHeading({
  title,
  shared = false,
  runNumber = null,
}: {
  title: string;
  shared?: boolean;
  runNumber?: number | null;
}) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h3 className="m-0 font-mono text-sm font-semibold">
        {title}
        {shared ? (
          <span
            className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 font-sans text-xs font-semibold text-sky-900 dark:bg-sky-950 dark:text-sky-100"
            data-testid="shared-badge"
          >
            Shared code
          </span>
        ) : null}
      </h3>
      <span
        className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs tabular-nums dark:bg-zinc-800"
        data-testid="run-count"
        data-run-number={runNumber ?? 0}
      >
        {runNumber !== null ? `Run ${runNumber}` : "Not run yet"}
      </span>
    </div>
  );
}
