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

/** What a schedule is checked against: the playground's sessions and its code. */
export interface ScheduleContext {
  /** Session names, e.g. ["A", "B"]. */
  sessions: string[];
  /** How many lines the code has. */
  lineCount: number;
}

function listNames(names: string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Reads a schedule and checks it against the playground it is for. A plan naming a session that is not
 * there, or a line the code does not have, would otherwise run with that segment silently skipped: the
 * reader would study an interleaving they did not ask for. Throws one message naming every bad part.
 */
export function readScheduleFor(text: string, { sessions, lineCount }: ScheduleContext): Schedule {
  const schedule = parseSchedule(text);
  if ("seed" in schedule) return schedule;
  const problems: string[] = [];
  const said = new Set<string>();
  const say = (problem: string) => {
    if (!said.has(problem)) problems.push(problem);
    said.add(problem);
  };
  for (const { session, untilLine } of schedule.plan) {
    if (untilLine !== undefined && untilLine < 1) say(`"line ${untilLine}" is not a line: lines start at 1`);
    else if (untilLine !== undefined && untilLine > lineCount)
      say(
        `"line ${untilLine}" is past the end of the code, which has ${lineCount} ${lineCount === 1 ? "line" : "lines"}`,
      );
    if (!sessions.includes(session)) say(`"${session}" is not a session here: the sessions are ${listNames(sessions)}`);
  }
  if (problems.length > 0) throw new Error(`This schedule cannot run: ${problems.join("; ")}. Nothing ran.`);
  return schedule;
}
