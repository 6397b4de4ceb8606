/**
 * ttl values as Streamlit reads them: streamlit/time_util.py (`time_to_seconds`) hands strings to
 * pandas' Timedelta (pandas/_libs/tslibs/timedeltas.pyx); a refused string is errors.py's
 * StreamlitBadTimeStringError. The strings' expected seconds come from real pandas
 * (scripts/timedelta-fixtures.py writes timedelta-fixtures.json).
 */
import { describe, expect, it } from "vitest";
import { StreamlitBadTimeStringError } from "../errors";
import { ttlToMs } from "./duration";
import fixtures from "./timedelta-fixtures.json";

describe("ttl strings read as pandas.Timedelta reads them (time_util.py)", () => {
  it(`matches real pandas ${fixtures.pandas} on ${fixtures.cases.length} strings, accepted and refused`, () => {
    const mismatches: string[] = [];
    for (const [text, expected] of fixtures.cases as [string, number | "refused"][]) {
      let got: number | null | "refused";
      try {
        const ms = ttlToMs(text);
        got = ms === null ? null : ms / 1000;
      } catch (error) {
        if (!(error instanceof StreamlitBadTimeStringError)) throw error;
        got = "refused";
      }
      const same =
        expected === "refused" ? got === "refused" : typeof got === "number" && Math.abs(got - expected) < 1e-9;
      if (!same) mismatches.push(`${JSON.stringify(text)}: pandas ${expected}, ours ${got}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("a refused string raises StreamlitBadTimeStringError with Streamlit's wording (errors.py)", () => {
    expect(() => ttlToMs("soon")).toThrow(StreamlitBadTimeStringError);
    expect(() => ttlToMs("soon")).toThrow(
      "Time string doesn't look right. It should be formatted as`'1d2h34m'` or `2 days`, for example. Got: soon",
    );
    expect(new StreamlitBadTimeStringError("x").name).toBe("StreamlitBadTimeStringError");
  });

  it("numbers are seconds; null, undefined and Infinity never expire (time_util.py)", () => {
    expect(ttlToMs(undefined)).toBeNull();
    expect(ttlToMs(null)).toBeNull();
    expect(ttlToMs(Infinity)).toBeNull();
    expect(ttlToMs(90)).toBe(90_000);
    expect(ttlToMs(0.5)).toBe(500);
    expect(() => ttlToMs({} as never)).toThrow(TypeError);
  });
});
