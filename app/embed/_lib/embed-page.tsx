import type { Metadata } from "next";
import { CodeBlock } from "@/components/code/code-block";
import { EmbedShell } from "@/components/embed/embed-shell";
import { EmbedThemeScript } from "@/components/embed/embed-theme";
import { loadExample } from "@/lib/content/load-example";
import { DEFAULT_SCHEDULE, sessionNames } from "@/lib/multi-session/setup";
import { multiSessionOf } from "./catalog";

/** Embeds are for other sites' pages, not for search results. */
export const embedMetadata = (title: string): Metadata => ({
  title: `${title} (embedded playground)`,
  robots: { index: false },
});

/** The title of one example's embed: the heading its tutorial gives it, or the example's own title. */
export function embedTitleOf(example: string): string {
  return multiSessionOf(example)?.title ?? loadExample(example).title;
}

/**
 * The server-rendered embed of one example or a pair: the code ships highlighted in the HTML. An
 * example a tutorial shows as a multi-session playground is embedded as one, with the same sessions,
 * schedule and heading.
 */
export function EmbedPage({ examples, tutorialHref }: { examples: string[]; tutorialHref: string }) {
  const found = examples.length === 1 ? multiSessionOf(examples[0]) : null;
  if (found) {
    const loaded = loadExample(found.example);
    const multi = {
      example: loaded.name,
      title: found.title ?? loaded.title,
      original: loaded.source,
      sessions: sessionNames(found.sessions),
      schedule: found.schedule ?? DEFAULT_SCHEDULE,
      timeLimitMs: loaded.timeLimitMs,
      staticCode: <CodeBlock code={loaded.source} lang="ts" />,
    };
    return (
      <>
        <EmbedThemeScript />
        <EmbedShell sides={[]} multi={multi} tutorialHref={tutorialHref} />
      </>
    );
  }
  const sides = examples.map(loadExample).map((loaded) => ({
    example: loaded.name,
    title: loaded.title,
    original: loaded.source,
    timeLimitMs: loaded.timeLimitMs,
    staticCode: <CodeBlock code={loaded.source} lang="ts" />,
  }));
  return (
    <>
      <EmbedThemeScript />
      <EmbedShell sides={sides} tutorialHref={tutorialHref} />
    </>
  );
}
