import type { Metadata } from "next";
import { listExampleRoutes, tutorialHrefOf } from "@/app/embed/_lib/catalog";
import { EmbedPage, embedMetadata, embedTitleOf } from "@/app/embed/_lib/embed-page";

interface ExampleEmbedProps {
  params: Promise<{ group: string; name: string }>;
}

// One page per example, generated at build time; other paths are 404s in the static export.
export const dynamicParams = false;

export function generateStaticParams(): { group: string; name: string }[] {
  return listExampleRoutes();
}

export async function generateMetadata({ params }: ExampleEmbedProps): Promise<Metadata> {
  const { group, name } = await params;
  return embedMetadata(embedTitleOf(`${group}/${name}`));
}

/** `/embed/<group>/<name>`: one example's playground, nothing else. */
export default async function ExampleEmbed({ params }: ExampleEmbedProps) {
  const { group, name } = await params;
  const example = `${group}/${name}`;
  return <EmbedPage examples={[example]} tutorialHref={tutorialHrefOf(example)} />;
}
