import Link from "next/link";
import { loadTutorials } from "@/lib/content/tutorials";
import { CodeBlock } from "@/components/code/code-block";
import { ContinueLinkGate } from "@/components/learning/progress-gate";

// The puzzle the tutorials solve, shown before any explanation.
const TEASER = `import streamlit as st
import pandas as pd

DATA = "uber-raw-data-sep14-10k.csv"

@st.cache_resource
def load_data():
    return pd.read_csv(DATA)

df = load_data()
df.drop(columns=["Lat"], inplace=True)
st.dataframe(df)`;

export default function HomePage() {
  const tutorials = loadTutorials();
  const first = tutorials[0];
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-16 outline-none sm:px-6 sm:py-24 lg:px-8">
      <div className="grid items-center gap-12 lg:grid-cols-[minmax(0,1fr)_minmax(0,30rem)]">
        <section className="max-w-3xl">
          <p className="text-sm font-semibold tracking-wider text-rose-700 uppercase dark:text-rose-300">Cache Lab</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight text-balance sm:text-5xl">
            See what Streamlit&apos;s cache hands back.
          </h1>
          <p className="mt-6 text-lg leading-8 text-zinc-600 dark:text-zinc-300">
            Short tutorials for people who build Streamlit apps and want to know why a cached DataFrame changes under
            their feet, or why two users see each other&apos;s numbers. Every lesson has code you can edit and rerun
            right here in the browser, with a cache that behaves like Streamlit&apos;s.
          </p>
          {first ? (
            <div className="mt-8 flex flex-wrap gap-3">
              <Link
                href={`/tutorials/${first.slug}`}
                className="rounded-lg bg-rose-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-rose-800 dark:bg-rose-600 dark:hover:bg-rose-500"
              >
                Start with “{first.title}”
              </Link>
              <ContinueLinkGate
                tutorials={tutorials.map(({ slug, title }) => ({ slug, title }))}
                className="rounded-lg border border-rose-700 px-5 py-2.5 font-semibold text-rose-800 hover:bg-rose-50 dark:border-rose-400 dark:text-rose-200 dark:hover:bg-rose-950/40"
              />
            </div>
          ) : null}
        </section>
        <figure className="min-w-0">
          <CodeBlock code={TEASER} lang="py" title="app.py" className="shadow-sm" />
          <figcaption className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
            The first run works. The second fails with{" "}
            <code className="font-mono text-[0.8125rem]">
              KeyError: &quot;[&apos;Lat&apos;] not found in axis&quot;
            </code>
            . Change one word and it works every time. The tutorials explain why.
          </figcaption>
        </figure>
      </div>

      <section aria-labelledby="tutorials-title" className="mt-20">
        <h2 id="tutorials-title" className="text-2xl font-bold tracking-tight">
          Tutorials
        </h2>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          Start with the first two, in this order: the others build on them.
        </p>
        <ol className="mt-8 grid gap-4 sm:grid-cols-2" data-testid="tutorial-list">
          {tutorials.map((tutorial, index) => (
            <li key={tutorial.slug}>
              <Link
                href={`/tutorials/${tutorial.slug}`}
                className="group flex h-full flex-col rounded-2xl border border-zinc-200 p-6 transition-colors hover:border-rose-400 hover:bg-rose-50/40 dark:border-zinc-800 dark:hover:border-rose-500 dark:hover:bg-rose-950/20"
              >
                <span className="text-sm font-medium text-zinc-500 dark:text-zinc-400">Tutorial {index + 1}</span>
                <span className="mt-1 text-lg font-semibold text-zinc-900 group-hover:text-rose-700 dark:text-zinc-100 dark:group-hover:text-rose-300">
                  {tutorial.title}
                </span>
                <span className="mt-2 text-zinc-600 dark:text-zinc-400">{tutorial.summary}</span>
              </Link>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="how-title" className="mt-20">
        <h2 id="how-title" className="text-2xl font-bold tracking-tight">
          How the playgrounds work
        </h2>
        <dl className="mt-8 grid gap-8 sm:grid-cols-3">
          <div>
            <dt className="font-semibold">Nothing to install</dt>
            <dd className="mt-2 text-zinc-600 dark:text-zinc-400">
              Your code runs in a background worker in this tab. No Python, no server, no account.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">The same rules as Streamlit</dt>
            <dd className="mt-2 text-zinc-600 dark:text-zinc-400">
              A TypeScript copy of Streamlit&apos;s caching reproduces its keys, copies and shared objects, with danfojs
              DataFrames standing in for pandas.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Real data</dt>
            <dd className="mt-2 text-zinc-600 dark:text-zinc-400">
              The examples load 10,000 real Uber pickups in New York City, served by this site itself.
            </dd>
          </div>
        </dl>
      </section>
    </main>
  );
}
