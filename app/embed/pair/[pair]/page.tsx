import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listPairs } from "@/app/embed/_lib/catalog";
import { EmbedPage, embedMetadata } from "@/app/embed/_lib/embed-page";

interface PairEmbedProps {
  params: Promise<{ pair: string }>;
}

// One page per side-by-side pair the tutorials use.
export const dynamicParams = false;

export function generateStaticParams(): { pair: string }[] {
  return listPairs().map(({ name }) => ({ pair: name }));
}

export async function generateMetadata({ params }: PairEmbedProps): Promise<Metadata> {
  const { pair } = await params;
  return embedMetadata(pair.replace("-vs-", " vs "));
}

/** `/embed/pair/<left>-vs-<right>`: two playgrounds with "Run both"; the `layout` option arranges them. */
export default async function PairEmbed({ params }: PairEmbedProps) {
  const { pair } = await params;
  const found = listPairs().find(({ name }) => name === pair);
  if (!found) notFound();
  return (
    <EmbedPage
      examples={[found.left, found.right]}
      tutorialHref={`/tutorials/${found.tutorial}#playground-${found.left.replace(/\//g, "-")}`}
    />
  );
}
