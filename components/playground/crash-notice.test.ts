import { describe, expect, it } from "vitest";
import { crashAge } from "./crash-notice";

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
