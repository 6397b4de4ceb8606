/** The sandbox's early data fetch: one download, handed to the script's first read of the file. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { prefetchingFetch, SITE_DATA_FILES } from "./prefetch";

const root = path.resolve(__dirname, "../..");

describe("prefetchingFetch", () => {
  it("starts the request at once and hands it to the first read, however the path is spelled", async () => {
    const fetchFn = vi.fn(async (url: string) => new Response(`body of ${url}`));
    const fetch = prefetchingFetch(fetchFn, ["/data/a.csv"]);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(await (await fetch("data/a.csv")).text()).toBe("body of /data/a.csv");
    expect(fetchFn).toHaveBeenCalledTimes(1);
    // The response was used up: a second read fetches again (the browser's cache answers it).
    expect(await (await fetch("/data/a.csv")).text()).toBe("body of /data/a.csv");
    expect(fetchFn).toHaveBeenCalledTimes(2);
    await fetch("/data/b.csv");
    expect(fetchFn).toHaveBeenLastCalledWith("/data/b.csv");
  });

  it("retries a prefetch that failed, so the script sees its own request's outcome", async () => {
    let calls = 0;
    const fetchFn = vi.fn(async () => {
      if (++calls === 1) throw new TypeError("Failed to fetch");
      return new Response("ok");
    });
    const fetch = prefetchingFetch(fetchFn, ["/data/a.csv"]);
    expect(await (await fetch("/data/a.csv")).text()).toBe("ok");
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });
});

describe("SITE_DATA_FILES", () => {
  it("lists every data file an example reads, and each exists in public/", () => {
    const examples = path.join(root, "content/examples");
    const read = new Set<string>();
    for (const group of readdirSync(examples, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(path.join(examples, group.name)).filter(
        (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
      )) {
        for (const m of readFileSync(path.join(examples, group.name, file), "utf8").matchAll(
          /["'`](\/data\/[^"'`]+)["'`]/g,
        ))
          read.add(m[1]);
      }
    }
    expect(read.size).toBeGreaterThan(0);
    expect([...read].sort()).toEqual([...SITE_DATA_FILES].sort());
    for (const file of SITE_DATA_FILES) expect(() => readFileSync(path.join(root, "public", file))).not.toThrow();
  });
});
