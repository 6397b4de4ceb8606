import fs from "node:fs";
import path from "node:path";
import { CONTENT_DIR } from "@/lib/content/tutorials";
import { listExamples } from "@/lib/content/load-example";
import { pairName } from "@/lib/embed/snippet";

/**
 * What can be embedded, read at build time: every example, and every `<SideBySide>` pair the tutorials
 * use, each with the tutorial page it appears on (for the "Open in Cache Lab" link).
 */

/** A side-by-side pair as its embed route names it. */
export interface EmbeddablePair {
  /** `/embed/pair/<name>`, from {@link pairName}. */
  name: string;
  left: string;
  right: string;
  /** Slug of the tutorial showing the pair. */
  tutorial: string;
}

/** A `<MultiSession>` as a tutorial writes it: its embed shows the same sessions, schedule and heading. */
export interface EmbeddableMultiSession {
  example: string;
  /** The heading the tutorial gives it (the example's own title when it gives none). */
  title?: string;
  /** The schedule it starts with, as written (the component's default when none). */
  schedule?: string;
  /** How many sessions (the component's default when none). */
  sessions?: number;
}

interface Usage {
  examples: Map<string, string>;
  pairs: EmbeddablePair[];
  multiSessions: Map<string, EmbeddableMultiSession>;
}

// Any component naming one example (<Playground>, <MultiSession>) puts it on that tutorial.
const PLAYGROUND = /<[A-Z]\w*\s+example="([^"]+)"/g;
const SIDE_BY_SIDE = /<SideBySide\s+left="([^"]+)"\s+right="([^"]+)"/g;
// The whole opening tag, over several lines when it has many attributes (MDX allows either quote).
const MULTI_SESSION = /<MultiSession\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{\{[^}]*\}\}|\{[^}]*\})*)\/?>/g;
const ATTRIBUTE = /(\w+)=(?:"([^"]*)"|'([^']*)'|\{(\d+)\})/g;

function readMultiSession(tag: string): EmbeddableMultiSession | null {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, number] of tag.matchAll(ATTRIBUTE))
    attributes.set(name, double ?? single ?? number);
  const example = attributes.get("example");
  if (!example) return null;
  const sessions = attributes.get("sessions");
  return {
    example,
    title: attributes.get("title"),
    schedule: attributes.get("schedule"),
    sessions: sessions === undefined ? undefined : Number(sessions),
  };
}

function readUsage(): Usage {
  const examples = new Map<string, string>();
  const pairs: EmbeddablePair[] = [];
  const multiSessions = new Map<string, EmbeddableMultiSession>();
  const files = fs
    .readdirSync(CONTENT_DIR)
    .filter((file) => file.endsWith(".mdx"))
    .sort();
  for (const file of files) {
    const slug = file.slice(0, -4);
    const text = fs.readFileSync(path.join(CONTENT_DIR, file), "utf8");
    for (const [, example] of text.matchAll(PLAYGROUND)) if (!examples.has(example)) examples.set(example, slug);
    for (const [, tag] of text.matchAll(MULTI_SESSION)) {
      const found = readMultiSession(tag);
      // The first use of an example is the one its embed and "Open in Cache Lab" follow.
      if (found && !multiSessions.has(found.example)) multiSessions.set(found.example, found);
    }
    for (const [, left, right] of text.matchAll(SIDE_BY_SIDE)) {
      for (const example of [left, right]) if (!examples.has(example)) examples.set(example, slug);
      const name = pairName(left, right);
      const clash = pairs.find((pair) => pair.name === name);
      if (clash && (clash.left !== left || clash.right !== right)) {
        throw new Error(
          `content/${file}: the pair ${left} + ${right} would have the same embed URL as ${clash.left} + ${clash.right} (/embed/pair/${name}). Rename one of the example files.`,
        );
      }
      if (!clash) pairs.push({ name, left, right, tutorial: slug });
    }
  }
  return { examples, pairs, multiSessions };
}

/** The href of "Open in Cache Lab" for an example: its tutorial at the playground, or the home page. */
export function tutorialHrefOf(example: string): string {
  const slug = readUsage().examples.get(example);
  return slug ? `/tutorials/${slug}#playground-${example.replace(/\//g, "-")}` : "/";
}

/** How a tutorial shows an example as a multi-session playground, or null when none does. */
export function multiSessionOf(example: string): EmbeddableMultiSession | null {
  return readUsage().multiSessions.get(example) ?? null;
}

/** Every side-by-side pair used by a tutorial. */
export function listPairs(): EmbeddablePair[] {
  return readUsage().pairs;
}

/** Every example, split into the two route segments of `/embed/<group>/<name>`. */
export function listExampleRoutes(): { group: string; name: string }[] {
  return listExamples().map((example) => {
    const [group, name] = example.split("/");
    return { group, name };
  });
}
