import { describe, expect, it } from "vitest";
import LZString from "lz-string";
import { encodeShareFragment, MAX_FRAGMENT_LENGTH, MAX_SCHEDULE_LENGTH, readShareFragment } from "./share-link";

const known = (name: string) => name === "mutation/uber-cache-resource";
const code = 'const df = await loadData();\ndf.drop({ columns: ["Lat"], inplace: true });\nst.write(df);\n';

describe("share links", () => {
  it("round-trips code, example and autorun", () => {
    const fragment = encodeShareFragment({ example: "mutation/uber-cache-resource", code, autorun: true });
    expect(fragment.startsWith("#code/")).toBe(true);
    expect(readShareFragment(fragment, known)).toEqual({
      kind: "shared",
      shared: { example: "mutation/uber-cache-resource", code, autorun: true },
    });
  });

  it("keeps unicode and leaves autorun off unless asked", () => {
    const text = "st.write('héllo → 世界 🎈')";
    const result = readShareFragment(
      encodeShareFragment({ example: "mutation/uber-cache-resource", code: text, autorun: false }),
      known,
    );
    expect(result).toEqual({
      kind: "shared",
      shared: { example: "mutation/uber-cache-resource", code: text, autorun: false },
    });
  });

  it("ignores fragments that are not share links", () => {
    expect(readShareFragment("", known)).toEqual({ kind: "none" });
    expect(readShareFragment("#what-a-rerun-is", known)).toEqual({ kind: "none" });
  });

  it("refuses a cut-off link as damaged", () => {
    const fragment = encodeShareFragment({ example: "mutation/uber-cache-resource", code, autorun: false });
    const [payload, query] = fragment.split("?");
    const cut = `${payload.slice(0, payload.length / 2)}?${query}`;
    const result = readShareFragment(cut, known);
    expect(result.kind).toBe("refused");
    if (result.kind === "refused") {
      expect(result.problem).toBe("corrupt");
      expect(result.message).toMatch(/damaged/);
      // The link still says which playground it was for, so that one can show the message.
      expect(result.example).toBe("mutation/uber-cache-resource");
    }
  });

  it("refuses garbage in the code part and a missing example", () => {
    expect(readShareFragment("#code/!!!notlz?example=mutation/uber-cache-resource", known)).toMatchObject({
      kind: "refused",
      problem: "corrupt",
    });
    expect(readShareFragment("#code/N4Ig", known)).toMatchObject({
      kind: "refused",
      problem: "corrupt",
      example: null,
    });
  });

  it("refuses links for examples the site does not have", () => {
    const fragment = encodeShareFragment({ example: "mutation/other", code, autorun: false });
    expect(readShareFragment(fragment, known)).toMatchObject({
      kind: "refused",
      problem: "unknown-example",
      example: null,
    });
  });

  it("refuses links that are too long, naming the limit", () => {
    const fragment = `#code/${"A".repeat(MAX_FRAGMENT_LENGTH + 1)}?example=mutation/uber-cache-resource`;
    const result = readShareFragment(fragment, known);
    expect(result).toMatchObject({ kind: "refused", problem: "too-long" });
    if (result.kind === "refused") expect(result.message).toContain("16,000");
  });

  it("refuses to encode a name that is not an example name", () => {
    expect(() => encodeShareFragment({ example: "../etc", code, autorun: false })).toThrow(/Not an example name/);
  });
});

describe("multi-session share links", () => {
  const example = "concurrency/lost-update";
  const here = (name: string) => name === example;
  const multi = { sessions: ["A", "B"], schedule: "A until line 8, then B, then A" };
  /** A link whose multi field is `value` as JSON, compressed as the real one is. */
  const withField = (value: unknown) =>
    `${encodeShareFragment({ example, code, autorun: false })}&multi=${encodeURIComponent(LZString.compressToEncodedURIComponent(JSON.stringify(value)))}`;

  it("round-trips the sessions, the schedule text and the code, in a versioned field", () => {
    const fragment = encodeShareFragment({ example, code, autorun: false, multi });
    expect(fragment).toMatch(/\?example=concurrency%2Flost-update&multi=[A-Za-z0-9%+\-$]+$/);
    const field = new URLSearchParams(fragment.split("?")[1]).get("multi") ?? "";
    expect(JSON.parse(LZString.decompressFromEncodedURIComponent(field))).toEqual({ v: 1, ...multi });
    expect(readShareFragment(fragment, here)).toEqual({
      kind: "shared",
      shared: { example, code, autorun: false, multi },
    });
    // Three sessions, an unfinished schedule: a schedule is checked when it runs, not when it opens.
    const three = { sessions: ["A", "B", "C"], schedule: "A until line 99, then C, then" };
    expect(readShareFragment(encodeShareFragment({ example, code, autorun: false, multi: three }), here)).toEqual({
      kind: "shared",
      shared: { example, code, autorun: false, multi: three },
    });
  });

  it("reads a link without the field (a single playground's, or an older one) as code alone", () => {
    expect(readShareFragment(encodeShareFragment({ example, code, autorun: false }), here)).toEqual({
      kind: "shared",
      shared: { example, code, autorun: false },
    });
  });

  it("refuses a damaged or hostile field, keeping the example so its playground can say why", () => {
    const cases: [unknown, RegExp][] = [
      [{ v: 1, sessions: ["A", "X"], schedule: "A" }, /sessions this playground cannot have/],
      [{ v: 1, sessions: ["A"], schedule: "A" }, /sessions this playground cannot have/],
      [{ v: 1, sessions: ["A", "B", "C", "D", "E"], schedule: "A" }, /sessions this playground cannot have/],
      [{ v: 1, sessions: "AB", schedule: "A" }, /sessions this playground cannot have/],
      [{ v: 1, sessions: ["A", "B"], schedule: 7 }, /not in the expected format/],
      [{ v: 1, sessions: ["A", "B"], schedule: "A", run: true }, /not in the expected format/],
      [{ v: 0, sessions: ["A", "B"], schedule: "A" }, /not in the expected format/],
      [{ sessions: ["A", "B"], schedule: "A" }, /not in the expected format/],
      [[1, 2], /could not be read/],
      [{ v: 1, sessions: ["A", "B"], schedule: "A".repeat(MAX_SCHEDULE_LENGTH + 1) }, /too long/],
      [{ v: 1, sessions: ["A", "B"], schedule: "A, then B\u202e" }, /characters a schedule never has/],
    ];
    for (const [value, message] of cases) {
      const result = readShareFragment(withField(value), here);
      expect(result).toMatchObject({ kind: "refused", problem: "corrupt", example });
      if (result.kind === "refused") {
        expect(result.message).toMatch(/^This share link is damaged: its sessions and schedule /);
        expect(result.message).toMatch(message);
      }
    }
    for (const field of ["", "!!!", "N4Ig"])
      expect(
        readShareFragment(`${encodeShareFragment({ example, code, autorun: false })}&multi=${field}`, here),
      ).toMatchObject({ kind: "refused", problem: "corrupt", example });
  });

  it("refuses a later version by name instead of guessing at it", () => {
    const result = readShareFragment(withField({ v: 2, sessions: ["A", "B"], schedule: "A" }), here);
    expect(result).toMatchObject({ kind: "refused", problem: "newer", example });
    if (result.kind === "refused") expect(result.message).toMatch(/newer version of Cache Lab/);
  });

  it("refuses to encode a setup it could not read back", () => {
    expect(() =>
      encodeShareFragment({ example, code, autorun: false, multi: { sessions: ["B", "A"], schedule: "" } }),
    ).toThrow(/Not a multi-session setup/);
  });
});
