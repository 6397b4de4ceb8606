import { describe, expect, it } from "vitest";
import { EMBED_ALLOW, EMBED_SANDBOX, embedPath, embedSnippet, pairEmbedPath, pairName } from "./snippet";

/** The attributes of the snippet's iframe and scripts, entities decoded (enough HTML for this snippet). */
function readSnippet(html: string) {
  const attributes = (tag: string) =>
    Object.fromEntries(
      [...tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].slice(1).map(([, name, value = ""]) => [
        name,
        value
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&amp;/g, "&"),
      ]),
    );
  const frames = [...html.matchAll(/<iframe\b((?:[^>"]|"[^"]*")*)><\/iframe>/g)];
  expect(frames).toHaveLength(1);
  const scripts = [...html.matchAll(/<script\b((?:[^>"]|"[^"]*")*)><\/script>/g)].map((m) =>
    attributes(`script${m[1]}`),
  );
  // Nothing else in the snippet but the two elements and the line between them.
  expect(
    html.replace(/<iframe\b(?:[^>"]|"[^"]*")*><\/iframe>|<script\b(?:[^>"]|"[^"]*")*><\/script>/g, "").trim(),
  ).toBe("");
  return { iframe: attributes(`iframe${frames[0][1]}`), scripts };
}

describe("embed snippet", () => {
  it("is an iframe with the sandbox and allow attributes, plus the resize script", () => {
    const html = embedSnippet({
      origin: "https://lab.example",
      path: embedPath("mutation/uber-cache-data"),
      title: "Cache Lab playground: st.cacheData",
      options: { theme: "dark", height: 400 },
    });
    // What matters to the docs author's page, read back from the HTML, not its exact spelling.
    const { iframe, scripts } = readSnippet(html);
    expect(iframe).toEqual({
      src: "https://lab.example/embed/mutation/uber-cache-data?theme=dark&height=400",
      title: "Cache Lab playground: st.cacheData",
      width: "100%",
      height: "400",
      style: "border:0;width:100%",
      loading: "lazy",
      sandbox: EMBED_SANDBOX,
      allow: EMBED_ALLOW,
    });
    expect(scripts).toEqual([{ src: "https://lab.example/embed.js", async: "" }]);
  });

  it("leaves the script out on request and escapes the title", () => {
    const html = embedSnippet({ origin: "http://x", path: "/embed/a/b", title: 'say "hi" <now>', resizeScript: false });
    const { iframe, scripts } = readSnippet(html);
    expect(scripts).toEqual([]);
    expect(iframe.title).toBe('say "hi" <now>');
    expect(iframe.height).toBe("560");
  });

  it("puts a share fragment after the query, so the embed opens that code and setup", () => {
    const fragment = "#code/ABC?example=concurrency%2Flost-update&multi=XYZ";
    const html = embedSnippet({
      origin: "https://lab.example",
      path: embedPath("concurrency/lost-update"),
      title: "t",
      options: { theme: "light" },
      fragment,
    });
    expect(readSnippet(html).iframe.src).toBe(
      `https://lab.example/embed/concurrency/lost-update?theme=light${fragment}`,
    );
  });

  it("names pairs by their file names", () => {
    expect(pairName("mutation/uber-cache-resource", "mutation/uber-cache-data")).toBe(
      "uber-cache-resource-vs-uber-cache-data",
    );
    expect(pairEmbedPath("a-vs-b")).toBe("/embed/pair/a-vs-b");
  });
});
