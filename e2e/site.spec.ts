import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTutorials } from "@/lib/content/tutorials";
import { axeViolations, REPO_ROOT, siteUrl, type OpenedPage } from "./harness";
import { checkedPages } from "./harness/checked-pages";

// The tutorials as the file system has them, independent of the site's own listing.
const slugsOnDisk = fs
  .readdirSync(path.join(REPO_ROOT, "content"))
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => name.slice(0, -".mdx".length))
  .sort();
const tutorials = loadTutorials(path.join(REPO_ROOT, "content"));
const THEME_KEY = "cache-lab-theme";

// Every test also proves the page logged no errors and sent nothing beyond 127.0.0.1.
const open = checkedPages();

describe("landing page", () => {
  it("lists every tutorial in content/", async () => {
    expect(slugsOnDisk.length).toBeGreaterThan(0);
    const { page } = await open("/");
    await expect(page.locator("h1").textContent()).resolves.toMatch(/Streamlit/);
    const hrefs = await page
      .locator('[data-testid="tutorial-list"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect([...hrefs].sort()).toEqual(slugsOnDisk.map((slug) => `/tutorials/${slug}`));
    // Numbered by place in the list (front matter orders them, with gaps such as 100), in reading order.
    const labels = await page.locator('[data-testid="tutorial-list"] li > a > span:first-child').allTextContents();
    expect(labels).toEqual(tutorials.map((_, index) => `Tutorial ${index + 1}`));
    expect(hrefs).toEqual(tutorials.map((tutorial) => `/tutorials/${tutorial.slug}`));
  });

  it("starts keyboard navigation with a skip link to the content", async () => {
    const { page } = await open("/");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute("href"),
    }));
    expect(focused).toEqual({ text: "Skip to content", href: "#main" });
    await expect(page.locator("#main").count()).resolves.toBe(1);
  });

  it("serves a 404 page for unknown paths", async () => {
    const { page, errors } = await open("/no-such-page");
    await expect(page.locator("h1").textContent()).resolves.toMatch(/not in the cache/);
    // The 404 status itself is the point here, not an error of the page.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    errors.length = 0;
  });
});

describe("static assets and the harness itself", () => {
  it("serves the Uber data file from the site itself", async () => {
    const { page } = await open("/");
    const response = await page.request.get(siteUrl("/data/uber-raw-data-sep14-10k.csv"));
    expect(response.status()).toBe(200);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toBe("Date/Time,Lat,Lon,Base");
    expect(lines).toHaveLength(10_001);
  });

  it("blocks and records requests that would leave 127.0.0.1, from the page and from workers", async () => {
    const o = await open("/");
    await o.page.evaluate(async () => {
      await fetch("https://example.com/from-page").catch(() => undefined);
      const source = 'fetch("https://example.org/from-worker").catch(() => 0).then(() => postMessage("done"))';
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
      await new Promise((resolve) => worker.addEventListener("message", resolve));
      worker.terminate();
    });
    expect(o.externalRequests).toEqual(
      expect.arrayContaining(["https://example.com/from-page", "https://example.org/from-worker"]),
    );
    // Blocked requests are reported by the browser as failed loads; both lists were exercised on purpose.
    o.externalRequests.length = 0;
    o.errors.length = 0;
  });
});

describe.each(tutorials.map((tutorial, index) => ({ tutorial, index })))(
  "tutorial $tutorial.slug",
  ({ tutorial, index }) => {
    const url = `/tutorials/${tutorial.slug}`;

    it("renders its title, headings and a table of contents pointing at real anchors", async () => {
      const { page } = await open(url);
      await expect(page.locator("main h1").textContent()).resolves.toBe(tutorial.title);
      const headingIds = await page.locator("article .prose > :is(h2, h3)").evaluateAll((hs) => hs.map((h) => h.id));
      expect(headingIds.length).toBeGreaterThan(0);
      const tocTargets = await page
        .locator('[data-testid="toc"] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(tocTargets).toEqual(headingIds.map((id) => `#${id}`));
      for (const target of tocTargets) {
        await expect(page.locator(target ?? "#missing").count(), `anchor ${target}`).resolves.toBe(1);
      }
      // Following a TOC link scrolls its heading into view.
      const last = page.locator('[data-testid="toc"] a').last();
      await last.click();
      await expect(page.locator(tocTargets.at(-1) ?? "").isVisible()).resolves.toBe(true);
      await expect(page.evaluate(() => window.location.hash)).resolves.toBe(tocTargets.at(-1));
      // The section being read is marked in the table of contents.
      const middle = tocTargets[Math.floor(tocTargets.length / 2)];
      await page.locator(`[data-testid="toc"] a[href="${middle}"]`).click();
      await page.waitForFunction(
        (href) =>
          document.querySelector('[data-testid="toc"] a[aria-current="location"]')?.getAttribute("href") === href,
        middle,
        { timeout: 5000 },
      );
    });

    it("shows the sidebar of all tutorials and previous/next links in reading order", async () => {
      const { page } = await open(url);
      const sidebar = page.locator('[data-testid="sidebar"]');
      await expect(sidebar.isVisible()).resolves.toBe(true);
      await expect(sidebar.locator("a").count()).resolves.toBe(tutorials.length);
      await expect(sidebar.locator('a[aria-current="page"]').getAttribute("href")).resolves.toBe(url);

      const nav = page.locator('[data-testid="prev-next"]');
      const previous = tutorials[index - 1];
      const next = tutorials[index + 1];
      await expect(nav.locator('a[rel="prev"]').count()).resolves.toBe(previous ? 1 : 0);
      await expect(nav.locator('a[rel="next"]').count()).resolves.toBe(next ? 1 : 0);
      if (previous)
        await expect(nav.locator('a[rel="prev"]').getAttribute("href")).resolves.toBe(`/tutorials/${previous.slug}`);
      if (next)
        await expect(nav.locator('a[rel="next"]').getAttribute("href")).resolves.toBe(`/tutorials/${next.slug}`);
    });

    it("highlights code blocks at build time with colours for both themes", async () => {
      const source = fs.readFileSync(path.join(REPO_ROOT, "content", `${tutorial.slug}.mdx`), "utf8");
      const fences = [...source.matchAll(/^```(\S*)/gm)].filter((_, i) => i % 2 === 0).map((m) => m[1]);
      const { page } = await open(url);
      // Playgrounds add highlighted blocks of their own, so at least one per fence.
      await expect(page.locator("article .prose pre.shiki").count()).resolves.toBeGreaterThanOrEqual(fences.length);
      // Plain-text blocks have no colours; any block in a real language must have some.
      const coloured = await page.locator("article .prose pre.shiki span[style*='--shiki-dark']").count();
      if (fences.some((lang) => !["", "text", "txt", "plaintext", "console", "output"].includes(lang))) {
        expect(coloured).toBeGreaterThan(0);
      }
    });
  },
);

describe("wide playgrounds", () => {
  it("hide the sticky table of contents while they pass over it, and bring it back after", async () => {
    const { page } = await open("/tutorials/mutating-cached-values", { viewport: { width: 1440, height: 900 } });
    const toc = page.locator('[data-testid="toc"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="toc"]')?.getAttribute("data-covered") === "false",
    );
    await expect(toc.isVisible()).resolves.toBe(true);
    // The pair's top edge just under the header: it now spans the table of contents' column.
    await page
      .locator(".playground-wide")
      .first()
      .evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 100));
    await page.waitForFunction(
      () => document.querySelector('[data-testid="toc"]')?.getAttribute("data-covered") === "true",
    );
    await toc.waitFor({ state: "hidden" }); // after the fade
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(
      () => document.querySelector('[data-testid="toc"]')?.getAttribute("data-covered") === "false",
    );
    await toc.waitFor({ state: "visible" });
  });
});

describe("theme", () => {
  const first = `/tutorials/${tutorials[0].slug}`;
  const isDark = (o: OpenedPage) => o.page.evaluate(() => document.documentElement.classList.contains("dark"));

  it("follows the system when the reader has not chosen", async () => {
    const dark = await open(first, { colorScheme: "dark" });
    await expect(isDark(dark)).resolves.toBe(true);
    dark.expectNoConsoleErrors();
    await dark.close();
    const light = await open(first, { colorScheme: "light" });
    await expect(isDark(light)).resolves.toBe(false);
  });

  it("toggles, and the choice persists across a reload", async () => {
    const o = await open(first, { colorScheme: "light" });
    const toggle = o.page.getByTestId("theme-toggle");
    await expect(toggle.getAttribute("aria-label")).resolves.toBe("Switch to dark theme");
    await toggle.click();
    await expect(isDark(o)).resolves.toBe(true);
    await expect(toggle.getAttribute("aria-label")).resolves.toBe("Switch to light theme");
    const background = () => o.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBackground = await background();
    // Code colours come from CSS variables, so they follow the toggle without re-highlighting.
    const codeColour = () =>
      o.page
        .locator("pre.shiki span[style]")
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    const darkCode = await codeColour();
    await o.page.reload();
    await expect(isDark(o)).resolves.toBe(true);
    await expect(background()).resolves.toBe(darkBackground);
    await expect(o.page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).resolves.toBe("dark");
    await o.page.getByTestId("theme-toggle").click();
    await expect(codeColour()).resolves.not.toBe(darkCode);
    await expect(background()).resolves.not.toBe(darkBackground);
    await o.page.reload();
    await expect(isDark(o)).resolves.toBe(false);
  });

  it("applies a stored choice over the system preference before the body is parsed", async () => {
    const o = await open(first, { colorScheme: "light", localStorage: { [THEME_KEY]: "dark" } });
    // Record every change of <html>'s class and whether <body> existed yet at that moment.
    await o.context.addInitScript(() => {
      const seen: { dark: boolean; bodyParsed: boolean }[] = [];
      (window as unknown as { themeChanges: typeof seen }).themeChanges = seen;
      // <html> may not exist yet when init scripts run, so watch the whole document.
      new MutationObserver((records) => {
        if (records.some((record) => record.target === document.documentElement)) {
          seen.push({ dark: document.documentElement.classList.contains("dark"), bodyParsed: document.body !== null });
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["class"] });
    });
    await o.page.reload();
    const changes = await o.page.evaluate(() => (window as unknown as { themeChanges: unknown[] }).themeChanges);
    expect(changes[0]).toEqual({ dark: true, bodyParsed: false });
    await expect(isDark(o)).resolves.toBe(true);
  });

  // The sidebar's links fade their colour on hover. Were that fade to run on a theme change, for a
  // moment the links would be light-theme grey on the dark background (2.6:1, unreadable).
  it.each(["the toggle", "the system"] as const)(
    "changes every colour at once when %s switches it: no transition runs",
    async (by) => {
      const o = await open(first, { colorScheme: "light", viewport: { width: 1280, height: 800 } });
      await o.page.getByTestId("sidebar").waitFor();
      const transitions = await o.page.evaluateHandle(() => {
        const started: string[] = [];
        document.addEventListener("transitionrun", (event) => {
          const target = event.target as Element;
          started.push(
            `${target.tagName.toLowerCase()}.${String(target.className).slice(0, 60)}: ${event.propertyName}`,
          );
        });
        return started;
      });
      if (by === "the toggle") await o.page.getByTestId("theme-toggle").click();
      else await o.page.emulateMedia({ colorScheme: "dark" });
      await o.page.waitForFunction(() => document.documentElement.classList.contains("dark"));
      // Long enough for a transition to have started, and for the switch to have ended.
      await o.page.waitForTimeout(400);
      await expect(transitions.jsonValue()).resolves.toEqual([]);
      await expect(o.page.evaluate(() => document.documentElement.classList.contains("theme-switching"))).resolves.toBe(
        false,
      );
      // The sidebar's links have their dark-theme colour: zinc-400, like the "Tutorials" label above them.
      const colour = (selector: string) =>
        o.page
          .locator(`[data-testid="sidebar"] ${selector}`)
          .first()
          .evaluate((el) => getComputedStyle(el).color);
      await expect(colour("li a:not([aria-current])")).resolves.toBe(await colour("p"));
      await expect(colour("p")).resolves.not.toBe(await o.page.evaluate(() => getComputedStyle(document.body).color));
    },
  );
});

describe("small screens (375 px)", () => {
  const phone = { width: 375, height: 740 };

  it("collapses the sidebar into a menu that opens, navigates and closes", async () => {
    const { page } = await open(`/tutorials/${tutorials[0].slug}`, { viewport: phone });
    await expect(page.getByTestId("sidebar").isVisible()).resolves.toBe(false);
    const button = page.getByTestId("menu-button");
    await expect(button.isVisible()).resolves.toBe(true);
    const menu = page.getByTestId("mobile-menu");
    await expect(menu.isVisible()).resolves.toBe(false);

    await button.click();
    await expect(menu.isVisible()).resolves.toBe(true);
    await expect(menu.locator("nav a").count()).resolves.toBe(tutorials.length);
    await page.keyboard.press("Escape");
    await expect(menu.isVisible()).resolves.toBe(false);

    const target = tutorials.at(-1) ?? tutorials[0];
    await button.click();
    await menu.locator(`a[href="/tutorials/${target.slug}"]`).click();
    await page.waitForURL(`**/tutorials/${target.slug}`);
    await expect(menu.isVisible()).resolves.toBe(false);
    await expect(page.locator("main h1").textContent()).resolves.toBe(target.title);
  });

  it("folds the table of contents into a disclosure above the article", async () => {
    const { page } = await open(`/tutorials/${tutorials[0].slug}`, { viewport: phone });
    await expect(page.getByTestId("toc").isVisible()).resolves.toBe(false);
    const inline = page.getByTestId("toc-inline");
    await expect(inline.locator("a").first().isVisible()).resolves.toBe(false);
    await inline.locator("summary").click();
    const links = inline.locator("a");
    await expect(links.count()).resolves.toBe(tutorials[0].headings.length);
    await links.first().click();
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe(`#${tutorials[0].headings[0].id}`);
  });
});
