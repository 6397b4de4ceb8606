import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { loadTutorials } from "@/app/_lib/content";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { ThemeScript } from "@/components/site/theme-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cache Lab: how Streamlit caching really behaves", template: "%s · Cache Lab" },
  description:
    "Interactive tutorials on Streamlit's st.cache_data and st.cache_resource: run the code in your browser and watch what the cache hands back.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const tutorials = loadTutorials().map(({ slug, title, order }) => ({ slug, title, order }));
  return (
    // The inline script sets class and color-scheme on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-rose-700 px-4 py-2 font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <SiteHeader tutorials={tutorials} />
        <div className="flex-1">{children}</div>
        <SiteFooter />
      </body>
    </html>
  );
}
