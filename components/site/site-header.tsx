import Link from "next/link";
import { SearchLauncher } from "@/components/search/search-launcher";
import { Logo } from "./logo";
import { MobileMenu } from "./mobile-menu";
import { ThemeToggle } from "./theme-toggle";
import type { NavTutorial } from "./tutorial-nav";

/** The sticky top bar: menu button (small screens), site name, links and the theme toggle. */
export function SiteHeader({ tutorials }: { tutorials: NavTutorial[] }) {
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200/80 bg-white/85 backdrop-blur dark:border-zinc-800/80 dark:bg-zinc-950/85">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-4 sm:px-6 lg:px-8">
        <MobileMenu tutorials={tutorials} />
        <Link
          href="/"
          className="flex items-center gap-2 rounded-md font-semibold tracking-tight text-zinc-900 dark:text-white"
        >
          <Logo className="size-7" />
          <span>Cache Lab</span>
        </Link>
        <nav aria-label="Site" className="ml-auto flex items-center gap-1">
          {tutorials[0] ? (
            <Link
              href={`/tutorials/${tutorials[0].slug}`}
              className="hidden rounded-lg px-3 py-2 text-sm font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 sm:block dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
            >
              Start learning
            </Link>
          ) : null}
          <SearchLauncher />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
