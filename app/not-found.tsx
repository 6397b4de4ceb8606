import Link from "next/link";
import { SiteChrome } from "@/components/site/site-chrome";

export default function NotFound() {
  return (
    <SiteChrome>
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-24 text-center outline-none sm:px-6">
        <p className="text-sm font-semibold text-rose-700 dark:text-rose-300">404</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">This page is not in the cache.</h1>
        <p className="mt-4 text-zinc-600 dark:text-zinc-400">The address may be mistyped, or the page has moved.</p>
        <Link
          href="/"
          className="mt-8 inline-block font-semibold text-rose-700 underline underline-offset-2 dark:text-rose-300"
        >
          Back to the tutorials
        </Link>
      </main>
    </SiteChrome>
  );
}
