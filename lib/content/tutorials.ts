import fs from "node:fs";
import path from "node:path";
import { createProcessor } from "@mdx-js/mdx";
import GithubSlugger from "github-slugger";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { parse as parseYaml } from "yaml";

/**
 * The tutorial content loader, used at build time only (it reads files with node:fs).
 *
 * Next renders each tutorial by importing its MDX module; this loader reads the same files to
 * validate their front matter (a bad file fails the build with its name) and to list the h2/h3
 * headings for the table of contents, slugged exactly as rehype-slug slugs them in the page.
 */

/** The folder holding the tutorials: every `*.mdx` directly inside it is one tutorial. */
export const CONTENT_DIR = path.join(process.cwd(), "content");

/** What a tutorial declares in its YAML front matter. */
export interface TutorialFrontMatter {
  /** Page title and sidebar label. */
  title: string;
  /** One or two sentences for the landing page and the page description. */
  summary: string;
  /** Position in the reading order, a positive integer unique across tutorials. */
  order: number;
}

/** A heading of the table of contents. */
export interface TocHeading {
  /** 2 for `##`, 3 for `###`. */
  depth: 2 | 3;
  /** The heading's text, without Markdown syntax. */
  text: string;
  /** The anchor id rehype-slug gives the heading in the rendered page. */
  id: string;
}

/** A tutorial as the site needs it: front matter, route slug and table of contents. */
export interface Tutorial extends TutorialFrontMatter {
  /** The file name without `.mdx`; the page lives at `/tutorials/<slug>`. */
  slug: string;
  /** Path of the source file, relative to the working directory, for messages. */
  file: string;
  /** The h2 and h3 headings in document order. */
  headings: TocHeading[];
}

/** A tutorial file that cannot be used; the message starts with the file's path. */
export class ContentError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "ContentError";
  }
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const ALLOWED_KEYS = new Set(["title", "summary", "order"]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses and validates the front matter of one tutorial's source. Throws {@link ContentError}. */
export function parseFrontMatter(source: string, file: string): TutorialFrontMatter {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    throw new ContentError(
      file,
      "missing front matter: the file must begin with a '---' block holding title, summary and order.",
    );
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    throw new ContentError(file, `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ContentError(file, "front matter must be a YAML mapping with title, summary and order.");
  }
  const record = data as Record<string, unknown>;
  const unknownKeys = Object.keys(record).filter((key) => !ALLOWED_KEYS.has(key));
  if (unknownKeys.length > 0) {
    throw new ContentError(
      file,
      `unknown front matter key(s) ${unknownKeys.join(", ")}; allowed: title, summary, order.`,
    );
  }
  const { title, summary, order } = record;
  if (typeof title !== "string" || title.trim() === "") {
    throw new ContentError(file, "front matter 'title' must be a non-empty string.");
  }
  if (typeof summary !== "string" || summary.trim() === "") {
    throw new ContentError(file, "front matter 'summary' must be a non-empty string.");
  }
  if (typeof order !== "number" || !Number.isInteger(order) || order < 1) {
    throw new ContentError(file, `front matter 'order' must be a positive integer, got ${JSON.stringify(order)}.`);
  }
  return { title: title.trim(), summary: summary.trim(), order };
}

interface MdastNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdastNode[];
}

// Same text rehype-slug sees (hast-util-to-string): the text of the heading, inline code included.
function headingText(node: MdastNode): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  return (node.children ?? []).map(headingText).join("");
}

function collectHeadings(node: MdastNode, into: MdastNode[]): MdastNode[] {
  if (node.type === "heading") into.push(node);
  else for (const child of node.children ?? []) collectHeadings(child, into);
  return into;
}

/** Lists a tutorial's h2/h3 headings with the ids rehype-slug assigns. Throws {@link ContentError}. */
export function extractHeadings(source: string, file: string): TocHeading[] {
  const processor = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm] });
  let tree: MdastNode;
  try {
    tree = processor.parse(source) as MdastNode;
  } catch (error) {
    throw new ContentError(file, `cannot parse MDX: ${(error as Error).message}`);
  }
  // One slugger per page, fed every heading of any depth, as rehype-slug does, so repeated
  // titles get the same "-1", "-2" suffixes as in the page.
  const slugger = new GithubSlugger();
  const headings: TocHeading[] = [];
  for (const heading of collectHeadings(tree, [])) {
    const text = headingText(heading).trim();
    if (heading.depth === 1) {
      // The page renders the front matter title as its only h1; a second one would break the outline.
      throw new ContentError(
        file,
        `remove the heading "# ${text}": the page already shows the front matter title as its h1.`,
      );
    }
    const id = slugger.slug(text);
    if (heading.depth === 2 || heading.depth === 3) headings.push({ depth: heading.depth, text, id });
  }
  return headings;
}

/** Reads, validates and parses one tutorial file. Throws {@link ContentError}. */
export function loadTutorialFile(filePath: string): Tutorial {
  const file = path.relative(process.cwd(), filePath) || filePath;
  const slug = path.basename(filePath, ".mdx");
  if (!SLUG.test(slug)) {
    throw new ContentError(
      file,
      "file names of tutorials must be kebab-case (a-z, 0-9 and dashes), as they become URLs.",
    );
  }
  const source = fs.readFileSync(filePath, "utf8");
  return { ...parseFrontMatter(source, file), slug, file, headings: extractHeadings(source, file) };
}

/**
 * Loads every tutorial (`*.mdx` directly in `dir`; sub-folders such as `examples/` are not
 * tutorials), sorted by `order`. Throws {@link ContentError} for a bad file or a repeated order.
 */
export function loadTutorials(dir: string = CONTENT_DIR): Tutorial[] {
  const tutorials = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => loadTutorialFile(path.join(dir, entry.name)))
    .sort((a, b) => a.order - b.order);
  for (let i = 1; i < tutorials.length; i++) {
    if (tutorials[i].order === tutorials[i - 1].order) {
      throw new ContentError(
        tutorials[i].file,
        `front matter 'order: ${tutorials[i].order}' is also used by ${tutorials[i - 1].file}; each tutorial needs its own place.`,
      );
    }
  }
  return tutorials;
}

/** The tutorial with this slug plus its neighbours in reading order, or undefined if none. */
export function findTutorial(
  slug: string,
  dir: string = CONTENT_DIR,
): { tutorial: Tutorial; previous?: Tutorial; next?: Tutorial } | undefined {
  const tutorials = loadTutorials(dir);
  const index = tutorials.findIndex((tutorial) => tutorial.slug === slug);
  if (index === -1) return undefined;
  return { tutorial: tutorials[index], previous: tutorials[index - 1], next: tutorials[index + 1] };
}
