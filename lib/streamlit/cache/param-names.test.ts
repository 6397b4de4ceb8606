import { describe, expect, it } from "vitest";
import { parseParamNames } from "./param-names";

// hashing.test.ts covers the function forms; these pin the scan over default values, where a
// bracket, comma or quote inside a string must not end the list or start a new parameter.
describe("parseParamNames over default values", () => {
  it("steps over an escaped quote, so the bracket after it stays inside the string", () => {
    expect(parseParamNames('function f(a = "\\")", b) {}')).toEqual(["a", "b"]);
  });

  it("treats single quotes and backticks as strings too", () => {
    expect(parseParamNames("(a = 'x,)', b = `(,`, c) => 0")).toEqual(["a", "b", "c"]);
  });

  it("splits only at top-level commas, however deep the brackets nest", () => {
    expect(parseParamNames("function f(a = { k: [1, (2, 3)] }, b = g(4, 5)) { return (a, b); }")).toEqual(["a", "b"]);
  });

  it("reads an unclosed list to its end instead of losing the names", () => {
    expect(parseParamNames("function f(a, b")).toEqual(["a", "b"]);
  });
});
