/**
 * Data fetched while the sandbox is still loading: the worker asks for the site's data files the
 * moment it starts, in parallel with loading danfojs, and the script's first `readCSV` of one of them
 * takes that response instead of starting its own request, so the file is downloaded once.
 */

/** The site's data files (in public/data) the examples read; a unit test keeps this list complete. */
export const SITE_DATA_FILES: readonly string[] = ["/data/uber-raw-data-sep14-10k.csv"];

/** A fetch taking a site path or URL, as the emulation's `readCSV` uses it. */
export type PathFetch = (url: string) => Promise<Response>;

/** The same file, however a script spells its path ("data/x.csv", "./data/x.csv", "/data/x.csv"). */
function key(url: string): string {
  return new URL(url, "http://site/").href;
}

/**
 * Starts fetching `urls` at once and returns a fetch that hands each of those responses to the
 * first request for the same path (later requests, and other paths, go to `fetchFn`). A prefetch
 * that failed is not handed out: the request is made again, so its error is the script's own.
 */
export function prefetchingFetch(fetchFn: PathFetch, urls: readonly string[]): PathFetch {
  const pending = new Map<string, Promise<Response>>();
  for (const url of urls) {
    const response = fetchFn(url);
    response.catch(() => {}); // Unclaimed failures are not errors of anyone's script.
    pending.set(key(url), response);
  }
  return async (url: string) => {
    const early = pending.get(key(url));
    if (!early) return fetchFn(url);
    pending.delete(key(url));
    try {
      return await early;
    } catch {
      return fetchFn(url);
    }
  };
}
