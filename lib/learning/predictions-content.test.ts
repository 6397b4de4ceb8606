import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTutorials } from "@/lib/content/tutorials";
import { checkQuestion } from "./predictions";

// Every question a tutorial asks links to a heading of that same page, under the heading's own words.
const TEACHING = [
  "how-streamlit-reruns-and-caches",
  "mutating-cached-values",
  "tuning-the-cache",
  "concurrent-sessions",
];

describe("questions in the tutorials", () => {
  for (const tutorial of loadTutorials().filter((t) => TEACHING.includes(t.slug))) {
    it(`${tutorial.slug} asks at least one, each linking to one of its own sections`, () => {
      const source = readFileSync(tutorial.file, "utf8");
      const links = [...source.matchAll(/href: "(#[^"]+)",\s*section: "([^"]+)"/g)];
      expect(links.length).toBeGreaterThan(0);
      for (const [, href, section] of links)
        expect(tutorial.headings.map((h) => ({ id: `#${h.id}`, text: h.text }))).toContainEqual({
          id: href,
          text: section,
        });
    });
  }
});

describe("checkQuestion", () => {
  const where = '<Playground example="x">';
  it("passes a well-formed question through", () => {
    const q = { kind: "fail", href: "#a-b", section: "A b" };
    expect(checkQuestion(q, where)).toBe(q);
  });
  it("fails the build on a slip, saying where and what", () => {
    expect(() => checkQuestion({ kind: "hit", fn: "f", href: "#a", section: "A" }, where)).toThrow(
      `<Playground example="x">: predict kind must be "hit-or-miss", "same-or-copy" or "fail" (got "hit")`,
    );
    expect(() => checkQuestion({ kind: "hit-or-miss", href: "#a", section: "A" }, where)).toThrow(/needs fn/);
    expect(() => checkQuestion({ kind: "fail", href: "/tutorials/x", section: "A" }, where)).toThrow(/heading id/);
    expect(() => checkQuestion({ kind: "fail", href: "#a" }, where)).toThrow(/needs section/);
  });
});
