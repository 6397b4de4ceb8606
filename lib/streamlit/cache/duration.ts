/**
 * `ttl` values, read as Streamlit reads them (streamlit/time_util.py, `time_to_seconds`): a number
 * is seconds, `null`/`undefined` and `Infinity` mean "never", and a string is whatever pandas'
 * `Timedelta(str)` accepts (pandas/_libs/tslibs/timedeltas.pyx, `parse_timedelta_string` and the
 * ISO 8601 form), so "1h 30m", "1.5 days", "02:00:00" and "P1DT2H" all work. A string pandas refuses
 * raises {@link StreamlitBadTimeStringError}, as in Streamlit. The parser follows pandas' character
 * loop so that the same strings are accepted and refused; a bare number string is nanoseconds.
 */
import { StreamlitBadTimeStringError } from "../errors";

const NS_PER: Record<string, number> = {
  Y: 365.2425 * 86_400e9,
  W: 7 * 86_400e9,
  D: 86_400e9,
  h: 3_600e9,
  m: 60e9,
  s: 1e9,
  ms: 1e6,
  us: 1e3,
  ns: 1,
};

/** pandas' `timedelta_abbrevs`, looked up lower-cased (so "H", "Min" and "MS" work as in pandas). */
const ABBREVS: Record<string, keyof typeof NS_PER> = {
  y: "Y",
  w: "W",
  d: "D",
  days: "D",
  day: "D",
  hours: "h",
  hour: "h",
  hr: "h",
  h: "h",
  m: "m",
  minute: "m",
  min: "m",
  minutes: "m",
  t: "m",
  s: "s",
  seconds: "s",
  sec: "s",
  second: "s",
  ms: "ms",
  milliseconds: "ms",
  millisecond: "ms",
  milli: "ms",
  millis: "ms",
  l: "ms",
  us: "us",
  microseconds: "us",
  microsecond: "us",
  µs: "us",
  micro: "us",
  micros: "us",
  u: "us",
  ns: "ns",
  nanoseconds: "ns",
  nano: "ns",
  nanos: "ns",
  nanosecond: "ns",
  n: "ns",
};

/** pandas' NaT spellings: Timedelta of these is NaT, whose seconds are NaN, which Streamlit refuses. */
const NAT = new Set(["NaT", "nat", "NAT", "nan", "NaN", "NAN"]);

/** Internal: pandas would raise ValueError here; caught and turned into StreamlitBadTimeStringError. */
class Refused extends Error {
  override name = "Refused";
}

/**
 * One `<number><unit>` part in nanoseconds (pandas' `timedelta_from_spec`). As pandas 1.5 (with a
 * FutureWarning), "M" is a minute and "Y"/"y" a year of 365.2425 days.
 */
function fromSpec(number: string, frac: string, unit: string): number {
  const canonical = unit === "M" ? "m" : ABBREVS[unit.toLowerCase()];
  if (!canonical) throw new Refused(`invalid unit abbreviation: ${unit}`);
  return Number(`${number || "0"}.${frac || "0"}`) * NS_PER[canonical];
}

/** pandas' `parse_timedelta_string`, in nanoseconds. Throws {@link Refused} where pandas raises ValueError. */
function parseTimedeltaString(ts: string): number {
  let result = 0;
  let number = "";
  let frac = "";
  let unit = "";
  let neg = false;
  let haveDot = false;
  let haveValue = false;
  let haveHhmmss = false;
  let currentUnit: "h" | "m" | "s" | null = null;
  const signed = (ns: number) => (neg ? -ns : ns);
  for (const c of ts) {
    if (c === " " || c === "," || c === "+") continue;
    if (c === "-") {
      if (neg || haveValue || haveHhmmss) throw new Refused("only leading negative signs are allowed");
      neg = true;
    } else if (c >= "0" && c <= "9") {
      if (haveDot) {
        if (unit.length) {
          number += c;
          haveDot = false;
        } else frac += c;
      } else if (!unit.length) number += c;
      else {
        result += signed(fromSpec(number, frac, unit));
        unit = "";
        number = c;
        frac = "";
      }
    } else if (c === ":") {
      if (haveValue) neg = false;
      if (!number.length) throw new Refused(`expecting hh:mm:ss format, received: ${ts}`);
      currentUnit = currentUnit === null ? "h" : currentUnit === "h" ? "m" : "s";
      result += signed(Number(number) * NS_PER[currentUnit]);
      haveHhmmss = true;
      unit = "";
      number = "";
    } else if (c === ".") {
      if (number.length && currentUnit !== null) {
        if (currentUnit !== "m") throw new Refused("expected hh:mm:ss format before .");
        result += signed(Number(number) * NS_PER.s);
        haveValue = true;
        unit = "";
        number = "";
        frac = "";
      }
      haveDot = true;
    } else {
      unit += c;
      haveValue = true;
      haveDot = false;
    }
  }
  if (haveDot && unit.length) return result + signed(fromSpec(number, frac, unit));
  if (haveDot) {
    if ((number.length || frac.length) && !unit.length && currentUnit === null) throw new Refused("no units specified");
    return result + signed(frac.length ? Number(`0.${frac}`) * NS_PER.s : 0);
  }
  if (currentUnit !== null) {
    if (currentUnit !== "m") throw new Refused("expected hh:mm:ss format");
    return result + signed(Number(number || "0") * NS_PER.s);
  }
  if (unit.length) {
    if (!number.length) throw new Refused("unit abbreviation w/o a number");
    return result + signed(fromSpec(number, frac, unit));
  }
  if (!number.length) throw new Refused("symbols w/o a number");
  if (haveValue) throw new Refused("have leftover units");
  return result + signed(fromSpec(number, frac, "ns"));
}

const ISO = /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** pandas' ISO 8601 durations ("P1DT2H30M", "-PT5S"), in nanoseconds. */
function parseIso(ts: string): number {
  const match = ISO.exec(ts);
  if (!match || match.slice(2).every((part) => part === undefined))
    throw new Refused(`Invalid ISO 8601 Duration format - ${ts}`);
  const [, minus, d, h, m, s] = match;
  const ns =
    Number(d ?? 0) * NS_PER.D + Number(h ?? 0) * NS_PER.h + Number(m ?? 0) * NS_PER.m + Number(s ?? 0) * NS_PER.s;
  return minus ? -ns : ns;
}

/** Seconds in a pandas Timedelta string, or NaN for NaT; throws {@link Refused} where pandas raises. */
function timedeltaSeconds(text: string): number {
  if (text.length === 0 || NAT.has(text)) return NaN;
  const ns = text[0] === "P" || text.startsWith("-P") ? parseIso(text) : parseTimedeltaString(text);
  // total_seconds() counts whole microseconds, as Python's timedelta does ("10" is 10 ns: 0 s).
  return Math.floor(Math.round(ns * 1e3) / 1e6) / 1e6;
}

/**
 * A ttl in milliseconds, or null for "never". Numbers are seconds; `Infinity`, `null` and
 * `undefined` never expire; strings are pandas Timedelta strings. Throws
 * {@link StreamlitBadTimeStringError} for a string pandas cannot read, and a TypeError for other types.
 */
export function ttlToMs(ttl: unknown): number | null {
  if (ttl === null || ttl === undefined) return null;
  if (typeof ttl === "number") return ttl === Infinity ? null : ttl * 1000;
  if (typeof ttl === "string") {
    let seconds: number;
    try {
      seconds = timedeltaSeconds(ttl);
    } catch (error) {
      if (error instanceof Refused) throw new StreamlitBadTimeStringError(ttl);
      throw error;
    }
    if (Number.isNaN(seconds)) throw new StreamlitBadTimeStringError(ttl);
    return seconds === Infinity ? null : seconds * 1000;
  }
  throw new TypeError(
    `ttl must be a number of seconds, a duration string such as "1h 30m", or null; got ${typeof ttl}`,
  );
}
