import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findTutorial, loadTutorials } from "@/lib/content/tutorials";
import { PrevNext } from "@/components/site/prev-next";
import { Sidebar } from "@/components/site/sidebar";
import { ReadMarker } from "@/components/learning/read-marker";
import { InlineTableOfContents, TableOfContents } from "@/components/site/table-of-contents";

interface TutorialPageProps {
  params: Promise<{ slug: string }>;
}

// Every tutorial is generated at build time; any other slug is a 404 in the static export.
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return loadTutorials().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: TutorialPageProps): Promise<Metadata> {
  const found = findTutorial((await params).slug);
  if (!found) return {};
  return { title: found.tutorial.title, description: found.tutorial.summary };
}

export default async function TutorialPage({ params }: TutorialPageProps) {
  const { slug } = await params;
  const found = findTutorial(slug);
  if (!found) notFound();
  const { tutorial, previous, next } = found;
  // @next/mdx compiles the file; remark-frontmatter keeps its front matter out of the output.
  const { default: Content } = await import(`@/content/${slug}.mdx`);
  const tutorials = loadTutorials();

  return (
    <div className="tutorial-layout mx-auto grid max-w-7xl gap-10 px-4 sm:px-6 lg:grid-cols-[14rem_minmax(0,1fr)] lg:px-8 xl:grid-cols-[14rem_minmax(0,1fr)_13rem]">
      <Sidebar tutorials={tutorials} currentSlug={slug} />
      <main id="main" tabIndex={-1} className="min-w-0 py-10 outline-none lg:py-12">
        <article data-pagefind-body>
          <header className="mb-10">
            <p className="text-sm font-semibold text-rose-700 dark:text-rose-300">Tutorial {tutorial.order}</p>
            <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{tutorial.title}</h1>
            <p className="mt-4 text-lg text-zinc-600 dark:text-zinc-300">{tutorial.summary}</p>
          </header>
          <InlineTableOfContents headings={tutorial.headings} />
          <div className="prose prose-zinc max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-headings:tracking-tight prose-a:text-rose-700 prose-a:underline-offset-2 dark:prose-a:text-rose-300 prose-code:before:content-none prose-code:after:content-none prose-code:rounded prose-code:bg-zinc-100 prose-code:px-1 prose-code:py-0.5 prose-code:font-medium dark:prose-code:bg-zinc-800">
            <Content />
          </div>
        </article>
        <ReadMarker slug={slug} />
        <PrevNext previous={previous} next={next} />
      </main>
      <aside className="hidden py-12 xl:block">
        <TableOfContents headings={tutorial.headings} />
      </aside>
    </div>
  );
}
