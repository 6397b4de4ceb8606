import { describe, expect, it } from "vitest";
import { createResizeMessage, MAX_EMBED_HEIGHT, parseResizeMessage } from "./resize-protocol";

describe("resize protocol", () => {
  it("rounds a measured height up and reads its own message back", () => {
    const message = createResizeMessage(412.2);
    expect(message).toEqual({ source: "cache-lab", v: 1, type: "resize", height: 413 });
    expect(parseResizeMessage(message)).toEqual(message);
    expect(parseResizeMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
  });

  it("caps a huge height and refuses a negative or non-finite one", () => {
    expect(createResizeMessage(1e9).height).toBe(MAX_EMBED_HEIGHT);
    expect(() => createResizeMessage(-1)).toThrow(RangeError);
    expect(() => createResizeMessage(Number.NaN)).toThrow(RangeError);
  });

  it.each([
    ["null", null],
    ["a string", '{"source":"cache-lab","v":1,"type":"resize","height":300}'],
    ["an array", ["cache-lab", 1, "resize", 300]],
    ["another source", { source: "other-tool", v: 1, type: "resize", height: 300 }],
    ["another version", { source: "cache-lab", v: 2, type: "resize", height: 300 }],
    ["another type", { source: "cache-lab", v: 1, type: "run", height: 300 }],
    ["a missing height", { source: "cache-lab", v: 1, type: "resize" }],
    ["a height as text", { source: "cache-lab", v: 1, type: "resize", height: "300" }],
    ["a fractional height", { source: "cache-lab", v: 1, type: "resize", height: 300.5 }],
    ["a negative height", { source: "cache-lab", v: 1, type: "resize", height: -5 }],
    ["a height over the cap", { source: "cache-lab", v: 1, type: "resize", height: MAX_EMBED_HEIGHT + 1 }],
    ["an extra field", { source: "cache-lab", v: 1, type: "resize", height: 300, frame: 2 }],
  ])("ignores %s", (_what, data) => {
    expect(parseResizeMessage(data)).toBeNull();
  });
});
