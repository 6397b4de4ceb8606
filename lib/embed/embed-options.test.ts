import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_OPTIONS, embedQuery, parseEmbedOptions, type EmbedOptions } from "./embed-options";

describe("embed options", () => {
  it("defaults when the query says nothing", () => {
    expect(parseEmbedOptions("")).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(embedQuery(DEFAULT_EMBED_OPTIONS)).toBe("");
  });

  it("reads every option", () => {
    expect(parseEmbedOptions("?theme=dark&readonly=1&autorun=true&layout=stacked&height=480")).toEqual({
      theme: "dark",
      readonly: true,
      autorun: true,
      layout: "stacked",
      height: 480,
    });
    expect(parseEmbedOptions("readonly&autorun").readonly).toBe(true);
  });

  it("falls back to the default for values it does not know", () => {
    const options = parseEmbedOptions("theme=purple&readonly=no&layout=grid&height=99999&autorun=0");
    expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(parseEmbedOptions("height=50").height).toBeNull();
    expect(parseEmbedOptions("height=12px").height).toBeNull();
  });

  it("round-trips through embedQuery", () => {
    const options: EmbedOptions = { theme: "light", readonly: true, autorun: false, layout: "single", height: 300 };
    expect(embedQuery(options)).toBe("?theme=light&readonly=1&layout=single&height=300");
    expect(parseEmbedOptions(embedQuery(options))).toEqual(options);
  });
});
