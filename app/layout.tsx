import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ThemeScript } from "@/components/site/theme-script";
import { CodeLangScript } from "@/components/twin/code-lang-script";
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

/** The document shell every page shares: theme before first paint, global styles. Site chrome is in app/(site)/layout.tsx. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets class and color-scheme on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
        <CodeLangScript />
      </head>
      <body className="bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        {children}
      </body>
    </html>
  );
}
