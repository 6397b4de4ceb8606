import type { ReactNode } from "react";
import { loadTutorials } from "@/lib/content/tutorials";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * The site around a page: skip link, header (with every tutorial for the phone menu) and footer.
 * Site pages get it from app/(site)/layout.tsx and the 404 page draws it itself; embeds, which sit
 * in other sites' pages, have none of it.
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  const tutorials = loadTutorials().map(({ slug, title, order }) => ({ slug, title, order }));
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-rose-700 px-4 py-2 font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <SiteHeader tutorials={tutorials} />
      <div className="flex-1">{children}</div>
      <SiteFooter />
    </div>
  );
}
