import { describe, expect, it } from "vitest";
import { crashAge, crashText } from "./crash-notice";

describe("crashAge", () => {
  it.each([
    [0, "just now"],
    [1_400, "just now"],
    [12_000, "12 seconds ago"],
    [65_000, "a minute ago"],
    [125_000, "2 minutes ago"],
    [3_600_000, "an hour ago"],
    [5 * 3_600_000, "5 hours ago"],
    [72 * 3_600_000, "3 days ago"],
    [-5_000, "just now"],
  ])("%i ms ago reads %s", (ago, text) => {
    expect(crashAge(1_000_000_000 - ago, 1_000_000_000)).toBe(text);
  });
});

describe("crashText", () => {
  const base = { age: "just now", autorunSkipped: false, shared: false, sharedShown: false };
  it("says the reader's own code is kept", () => {
    expect(crashText(base)).toMatch(/Your code is here as you left it, and it has not run again\./);
  });
  it("never claims shared code was kept: it is not saved", () => {
    const text = crashText({ ...base, shared: true });
    expect(text).not.toMatch(/as you left it|kept/);
    expect(text).toMatch(/never saved\. So it is not shown here: this is your own code/);
  });
  it("says why shared code is back when its link is open again, and that it did not run", () => {
    expect(crashText({ ...base, shared: true, sharedShown: true, autorunSkipped: true })).toMatch(
      /shown again only because the link is open again, and it has not run again, although this page asked/,
    );
  });
});
