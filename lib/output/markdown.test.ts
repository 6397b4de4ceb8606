/** The Markdown st.markdown draws: what markdown-it makes of it before the page sanitizes it. */
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

const html = (text: string, allowHtml = false) => renderMarkdown(text, { allowHtml });

describe("renderMarkdown", () => {
  it("draws GitHub tables, strikethrough and read-only task lists", () => {
    const table = html("| a | b |\n|---|--:|\n| 1 | 2 |");
    expect(table).toContain("<table>");
    expect(table).toContain("<th>a</th>");
    expect(table).toContain('<td style="text-align:right">2</td>');
    expect(html("~~old~~ new")).toBe("<p><s>old</s> new</p>\n");
    const tasks = html("- [x] load\n- [ ] cache");
    expect(tasks).toContain('<ul class="contains-task-list">');
    expect(tasks).toMatch(
      /<label><input class="task-list-item-checkbox" checked="" disabled="" type="checkbox">\s*load<\/label>/,
    );
    expect(tasks).toMatch(/<input class="task-list-item-checkbox" disabled="" type="checkbox">\s*cache/);
  });

  it("turns emoji shortcodes into emoji and opens links in a new tab", () => {
    expect(html(":tada: done")).toBe("<p>🎉 done</p>\n");
    expect(html("[docs](https://docs.streamlit.io)")).toBe(
      '<p><a href="https://docs.streamlit.io" target="_blank" rel="noopener noreferrer">docs</a></p>\n',
    );
    expect(html("see https://streamlit.io")).toContain('href="https://streamlit.io"');
  });

  it("escapes raw HTML unless it is allowed", () => {
    const payload = '<img src=x onerror="window.__pwned=1"> <script>alert(1)</script>';
    expect(html(payload)).not.toContain("<img");
    expect(html(payload)).not.toContain("<script");
    expect(html(payload)).toContain("&lt;img src=x onerror=");
    expect(html(payload, true)).toContain("<img src=x onerror=");
  });

  it("never makes a javascript: link, even with HTML allowed", () => {
    expect(html("[x](javascript:alert(1))")).not.toContain("href=");
    expect(html("[x](javascript:alert(1))", true)).not.toContain("href=");
  });
});
