import { describe, expect, it } from "vitest";
import { highlightToHtml, resolveLanguage } from "./highlight";

describe("resolveLanguage", () => {
  it("maps short names to grammars", () => {
    expect(resolveLanguage("py")).toBe("python");
    expect(resolveLanguage("TS")).toBe("typescript");
    expect(resolveLanguage(undefined)).toBe("text");
  });

  it("rejects an unknown language and lists the known ones", () => {
    expect(() => resolveLanguage("cobol")).toThrow(/"cobol" is not supported.*python/);
  });
});

describe("highlightToHtml", () => {
  it("emits both themes as CSS variables on the tokens", async () => {
    const html = await highlightToHtml('@st.cache_data\ndef load():\n    return "x"\n', "python");
    expect(html).toMatch(/^<pre class="shiki/);
    expect(html).toContain("--shiki-light:");
    expect(html).toContain("--shiki-dark:");
    // The decorator and the keyword are coloured differently from plain text.
    expect(html).toMatch(/<span style="[^"]*">def<\/span>/);
  });

  it("escapes code as text and drops one trailing newline", async () => {
    const html = await highlightToHtml("<b>&</b>\n", "text");
    expect(html).toContain("&#x3C;b>&#x26;&#x3C;/b>");
    expect(html).not.toContain("<b>");
    expect(html.match(/class="line"/g)).toHaveLength(1);
  });
});
