import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContentError, extractHeadings, findTutorial, loadTutorials, parseFrontMatter } from "./tutorials";

const GOOD = "---\ntitle: First steps\nsummary: What a rerun is.\norder: 1\n---\n\n## Intro\n\nText.\n";

describe("parseFrontMatter", () => {
  it("reads title, summary and order", () => {
    expect(parseFrontMatter(GOOD, "a.mdx")).toEqual({ title: "First steps", summary: "What a rerun is.", order: 1 });
  });

  it.each([
    ["no front matter", "# Just a page\n", /a\.mdx: missing front matter/],
    ["an unclosed block", "---\ntitle: x\n", /a\.mdx: missing front matter/],
    ["broken YAML", "---\ntitle: [unclosed\n---\n", /a\.mdx: front matter is not valid YAML/],
    ["a list instead of a mapping", "---\n- a\n---\n", /a\.mdx: front matter must be a YAML mapping/],
    ["a missing title", "---\nsummary: s\norder: 1\n---\n", /a\.mdx: front matter 'title'/],
    ["an empty summary", "---\ntitle: t\nsummary: ''\norder: 1\n---\n", /a\.mdx: front matter 'summary'/],
    ["a fractional order", "---\ntitle: t\nsummary: s\norder: 1.5\n---\n", /a\.mdx: front matter 'order'.*1\.5/],
    ["an order given as text", "---\ntitle: t\nsummary: s\norder: '2'\n---\n", /a\.mdx: front matter 'order'/],
    ["a misspelt key", "---\ntitle: t\nsumary: s\norder: 1\n---\n", /a\.mdx: unknown front matter key\(s\) sumary/],
  ])("rejects %s, naming the file", (_, source, message) => {
    expect(() => parseFrontMatter(source, "a.mdx")).toThrow(ContentError);
    expect(() => parseFrontMatter(source, "a.mdx")).toThrow(message);
  });
});

describe("extractHeadings", () => {
  it("lists h2 and h3 with rehype-slug's ids, skipping code fences and other depths", () => {
    const source = [
      GOOD,
      "### What `st.cache_data` does",
      "```python",
      "## not a heading, this is code",
      "```",
      "## Intro",
      "#### Too deep",
      "## A *styled* [link](https://example.com) heading!",
      '<Playground example="x" />',
    ].join("\n\n");
    expect(extractHeadings(source, "a.mdx")).toEqual([
      { depth: 2, text: "Intro", id: "intro" },
      { depth: 3, text: "What st.cache_data does", id: "what-stcache_data-does" },
      // Second "Intro": the slugger numbers repeats like rehype-slug does.
      { depth: 2, text: "Intro", id: "intro-1" },
      { depth: 2, text: "A styled link heading!", id: "a-styled-link-heading" },
    ]);
  });

  it("rejects an h1, since the page shows the title itself", () => {
    expect(() => extractHeadings("## Fine\n\n# Second title\n", "a.mdx")).toThrow(
      /^a\.mdx: remove the heading "# Second title"/,
    );
  });

  it("names the file when the MDX cannot be parsed", () => {
    expect(() => extractHeadings("## Fine\n\n<Unclosed\n", "bad.mdx")).toThrow(/^bad\.mdx: cannot parse MDX/);
  });
});

describe("loadTutorials (against a temporary content folder)", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cache-lab-content-"));
    fs.mkdirSync(path.join(dir, "examples"));
    fs.writeFileSync(path.join(dir, "examples", "ignored.mdx"), "not a tutorial");
    fs.writeFileSync(path.join(dir, "notes.md"), "not a tutorial either");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, order: number) =>
    fs.writeFileSync(
      path.join(dir, name),
      `---\ntitle: T${order}\nsummary: S${order}\norder: ${order}\n---\n\n## H${order}\n`,
    );

  it("loads top-level .mdx files sorted by order and links neighbours", () => {
    write("second-one.mdx", 2);
    write("first-one.mdx", 1);
    write("third-one.mdx", 3);
    const tutorials = loadTutorials(dir);
    expect(tutorials.map((t) => t.slug)).toEqual(["first-one", "second-one", "third-one"]);
    expect(tutorials[0].headings).toEqual([{ depth: 2, text: "H1", id: "h1" }]);
    const found = findTutorial("second-one", dir);
    expect(found?.previous?.slug).toBe("first-one");
    expect(found?.next?.slug).toBe("third-one");
    expect(findTutorial("first-one", dir)?.previous).toBeUndefined();
    expect(findTutorial("missing", dir)).toBeUndefined();
  });

  it("fails on a malformed file with its path", () => {
    write("fine.mdx", 1);
    fs.writeFileSync(path.join(dir, "broken.mdx"), "---\ntitle: Broken\norder: 2\n---\n");
    expect(() => loadTutorials(dir)).toThrow(/broken\.mdx: front matter 'summary'/);
  });

  it("fails when two tutorials share an order, naming both", () => {
    write("one.mdx", 1);
    write("two.mdx", 1);
    expect(() => loadTutorials(dir)).toThrow(/two\.mdx.*also used by .*one\.mdx/);
  });

  it("fails on a file name that is not kebab-case", () => {
    write("Bad_Name.mdx", 1);
    expect(() => loadTutorials(dir)).toThrow(/Bad_Name\.mdx: file names of tutorials must be kebab-case/);
  });
});
