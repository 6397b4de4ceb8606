/**
 * Schedules as text, the way the tutorial and the multi-session playground's schedule field write
 * them. Apart from the scheduler so a page can read a schedule without pulling in the engine.
 */
import type { Schedule, ScheduleSegment } from "./types";

/**
 * Reads a schedule written the way the tutorial says it: "A until line 4, then B to the end, then
 * A", or shorter, "A:4, B, A". A number alone ("seed 7" or "7") is a seed.
 */
export function parseSchedule(text: string): Schedule {
  const seed = /^\s*(?:seed\s*)?(\d+)\s*$/i.exec(text);
  if (seed) return { seed: Number(seed[1]) };
  const parts = text
    .split(/,|\bthen\b|;/i)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0)
    throw new Error(`Empty schedule: write it as "A until line 4, then B, then A" or as a seed number.`);
  const plan = parts.map((part): ScheduleSegment => {
    const match = /^([A-Za-z]\w*)\s*(?:(?:until|to)\s+line\s+(\d+)|:\s*(\d+)|to the end|until the end)?$/i.exec(part);
    if (!match)
      throw new Error(
        `Cannot read "${part}" in the schedule: write a session name, optionally followed by "until line N".`,
      );
    const until = match[2] ?? match[3];
    return until ? { session: match[1].toUpperCase(), untilLine: Number(until) } : { session: match[1].toUpperCase() };
  });
  return { plan };
}

/** The schedule as the tutorial writes it (the inverse of {@link parseSchedule}). */
export function describeSchedule(schedule: Schedule): string {
  if ("seed" in schedule) return `seed ${schedule.seed}`;
  return schedule.plan
    .map((s) => (s.untilLine ? `${s.session} until line ${s.untilLine}` : `${s.session} to the end`))
    .join(", then ");
}
