import type { Metadata } from "next";
import { CodeBlock } from "@/components/code/code-block";
import { EmbedShell } from "@/components/embed/embed-shell";
import { EmbedThemeScript } from "@/components/embed/embed-theme";
import { loadExample } from "@/lib/content/load-example";

/** Embeds are for other sites' pages, not for search results. */
export const embedMetadata = (title: string): Metadata => ({
  title: `${title} (embedded playground)`,
  robots: { index: false },
});

/** The server-rendered embed of one example or a pair: the code ships highlighted in the HTML. */
export function EmbedPage({ examples, tutorialHref }: { examples: string[]; tutorialHref: string }) {
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
