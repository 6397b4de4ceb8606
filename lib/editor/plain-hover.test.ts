import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, plainHover } from "./plain-hover";

// Rendered with marked, the Markdown renderer monaco-editor itself depends on (GFM on, as in Monaco), the escaped text has no link, image or tag.
const render = (text: string) => marked.parse(escapeMarkdown(text), { async: false, gfm: true }) as string;

describe("plainHover", () => {
  it.each([
    ["an image", "TypeError: ![x](https://elsewhere.example/pixel.png)"],
    ["a link", "Error: see [the docs](https://elsewhere.example/)"],
    ["a bare URL", "Error: fetch https://elsewhere.example/steal failed"],
    ["HTML", 'Error: <img src="https://elsewhere.example/x.png"> <a href="x">y</a>'],
    ["an autolink", "Error: <https://elsewhere.example/>"],
  ])("shows %s as text", (_, message) => {
    const html = render(message);
    expect(html).not.toMatch(/<(a|img)\b/);
    expect(html).toContain("elsewhere.example");
  });

  it("keeps every character of the message, in order", () => {
    const message = "ValueError: a*b_c `d` #e [f](g) & <h> | ~i~ \\j";
    const text = render(message)
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .trim();
    expect(text).toBe(message);
  });

  it("asks Monaco for no trusted content, no HTML and no icons, and cuts a huge message", () => {
    const hover = plainHover("x".repeat(100_000));
    expect(hover).toMatchObject({ isTrusted: false, supportHtml: false, supportThemeIcons: false });
    expect(hover.value.length).toBeLessThan(2_100);
  });
});
