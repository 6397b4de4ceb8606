import { describe, expect, it } from "vitest";
import { encodeShareFragment, MAX_FRAGMENT_LENGTH, readShareFragment } from "./share-link";

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
