"use client";

/** Props of {@link ClockControl}. */
export interface ClockControlProps {
  /** The server's clock as the inspector words it ("real time", "+1 h"). */
  clock: string;
  /** Moves the server's clock forward by this many milliseconds. */
  onAdvance: (byMs: number) => void;
  disabled: boolean;
}

const STEPS = [
  { label: "+1 min", ms: 60_000 },
  { label: "+1 h", ms: 3_600_000 },
];

const BUTTON =
  "rounded border border-zinc-300 px-2 py-0.5 text-xs hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-600 dark:hover:bg-zinc-800";

/**
 * Moves the emulated server's clock forward, so a `ttl` can run out without waiting for it. Only
 * the server's clock moves; the page's own time is untouched, as in a real deployment.
 */
export function ClockControl({ clock, onAdvance, disabled }: ClockControlProps) {
  return (
    <div
      className="flex flex-wrap items-center gap-2"
      role="group"
      aria-label="Server clock"
      data-testid="clock-control"
    >
      <span className="text-xs">
        Server clock:{" "}
        <output className="font-mono tabular-nums" data-testid="clock">
          {clock}
        </output>
      </span>
      {STEPS.map((step) => (
        <button
          key={step.label}
          type="button"
          className={BUTTON}
          onClick={() => onAdvance(step.ms)}
          disabled={disabled}
          data-testid={`clock-${step.label.slice(1).replace(" ", "")}`}
        >
          {step.label}
        </button>
      ))}
    </div>
  );
}
