import { describe, expect, it } from "vitest";
import { readScheduleFor } from "./schedule-text";

const context = { sessions: ["A", "B"], lineCount: 9 };

describe("readScheduleFor", () => {
  it("accepts a plan of this playground's sessions and lines, and seeds", () => {
    expect(readScheduleFor("A until line 8, then B, then A", context)).toEqual({
      plan: [{ session: "A", untilLine: 8 }, { session: "B" }, { session: "A" }],
    });
    expect(readScheduleFor("seed 3", context)).toEqual({ seed: 3 });
  });

  it("names every bad part: a session that is not there and a line past the end", () => {
    expect(() => readScheduleFor("A until line 99, then C", context)).toThrow(
      'This schedule cannot run: "line 99" is past the end of the code, which has 9 lines; "C" is not a session here: the sessions are A and B. Nothing ran.',
    );
    expect(() => readScheduleFor("a:0, b", context)).toThrow(/"line 0" is not a line: lines start at 1/);
    expect(() => readScheduleFor("A, D, D", { sessions: ["A", "B", "C"], lineCount: 1 })).toThrow(
      /^This schedule cannot run: "D" is not a session here: the sessions are A, B and C\. Nothing ran\.$/,
    );
  });

  it("still says what it cannot read", () => {
    expect(() => readScheduleFor("A after lunch", context)).toThrow(/Cannot read "A after lunch"/);
  });
});
