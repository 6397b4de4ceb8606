/** One search result: a tutorial (with its matching sections) or an example. */
export interface SearchHit {
  kind: "tutorial" | "example";
  url: string;
  title: string;
  /** HTML from Pagefind: the page's text, escaped, with <mark> around matches. */
  excerpt: string;
  sections: { url: string; title: string; excerpt: string }[];
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; example?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | null = null;

/** Loads the site's Pagefind bundle (built into /pagefind/ with the site) once. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = new URL("/pagefind/pagefind.js", window.location.href).href;
    try {
      const bundle = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as Pagefind;
      await bundle.options({ excerptLength: 18 });
      return bundle;
    } catch {
      pagefind = null;
      throw new Error("the search index is missing (it is built by npm run build)");
    }
  })();
  return pagefind;
}

// Pagefind indexes tutorials as `/tutorials/x.html`; links use the site's own `/tutorials/x`.
const clean = (url: string) => url.replace(/\.html(?=$|#)/, "");

/** The best matches for `query`: at most 8 results, each tutorial with up to 3 matching sections. */
export async function searchSite(query: string): Promise<SearchHit[]> {
  const search = await (await loadPagefind()).search(query);
  const data = await Promise.all(search.results.slice(0, 8).map((result) => result.data()));
  return data.map((d) => ({
    kind: d.meta.example ? "example" : "tutorial",
    url: clean(d.url),
    title: d.meta.title ?? d.url,
    excerpt: d.excerpt,
    sections: (d.sub_results ?? [])
      .filter((s) => s.url.includes("#") && clean(s.url) !== clean(d.url))
      .slice(0, 3)
      .map((s) => ({ url: clean(s.url), title: s.title, excerpt: s.excerpt })),
  }));
}
