/** Parsing of `ttl` values: seconds as a number, or a duration string such as "1h", "30m", "10s", "1d 2h". */

const UNIT_SECONDS: Record<string, number> = {
  w: 604800, week: 604800, weeks: 604800,
  d: 86400, day: 86400, days: 86400,
  h: 3600, hour: 3600, hours: 3600,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
};

/**
 * A ttl in milliseconds, or null for "no ttl". Numbers are seconds (as in Streamlit); strings are
 * one or more `<number><unit>` parts. Throws a TypeError naming the bad value otherwise.
 */
export function ttlToMs(ttl: number | string | null | undefined): number | null {
  if (ttl === null || ttl === undefined) return null;
  if (typeof ttl === "number") {
    if (!Number.isFinite(ttl) || ttl < 0) throw new TypeError(`ttl must be a non-negative number of seconds, got ${ttl}`);
    return ttl * 1000;
  }
  const parts = [...ttl.trim().matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)\s*/gi)];
  const consumed = parts.map((p) => p[0]).join("");
  if (parts.length === 0 || consumed.length !== ttl.trim().length) {
    throw new TypeError(`ttl "${ttl}" is not a duration; use seconds or a string like "1h", "30m", "10s"`);
  }
  let seconds = 0;
  for (const [, amount, unit] of parts) {
    const factor = UNIT_SECONDS[unit.toLowerCase()];
    if (factor === undefined) throw new TypeError(`ttl "${ttl}": unknown unit "${unit}" (use s, m, h, d or w)`);
    seconds += Number(amount) * factor;
  }
  return seconds * 1000;
}
