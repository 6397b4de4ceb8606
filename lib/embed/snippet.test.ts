import { describe, expect, it } from "vitest";
import { EMBED_ALLOW, EMBED_SANDBOX, embedPath, embedSnippet, pairEmbedPath, pairName } from "./snippet";

describe("embed snippet", () => {
  it("is an iframe with the sandbox and allow attributes, plus the resize script", () => {
    const html = embedSnippet({
      origin: "https://lab.example",
      path: embedPath("mutation/uber-cache-data"),
      title: "Cache Lab playground: st.cacheData",
      options: { theme: "dark", height: 400 },
    });
    expect(html).toBe(
      `<iframe src="https://lab.example/embed/mutation/uber-cache-data?theme=dark&amp;height=400" title="Cache Lab playground: st.cacheData" width="100%" height="400" style="border:0;width:100%" loading="lazy" sandbox="${EMBED_SANDBOX}" allow="${EMBED_ALLOW}"></iframe>\n` +
        `<script src="https://lab.example/embed.js" async></script>`,
    );
  });

  it("leaves the script out on request and escapes the title", () => {
    const html = embedSnippet({ origin: "http://x", path: "/embed/a/b", title: 'say "hi" <now>', resizeScript: false });
    expect(html).not.toContain("<script");
    expect(html).toContain('title="say &quot;hi&quot; &lt;now>"');
    expect(html).toContain('height="560"');
  });

  it("names pairs by their file names", () => {
    expect(pairName("mutation/uber-cache-resource", "mutation/uber-cache-data")).toBe("uber-cache-resource-vs-uber-cache-data");
    expect(pairEmbedPath("a-vs-b")).toBe("/embed/pair/a-vs-b");
  });
});
