import { describe, expect, it } from "vitest";
import { STREAMLIT_VERSION } from "@/lib/streamlit/version";
import { axeViolations } from "./harness";
import { checkedPages } from "./harness/checked-pages";

// The "Differences from Streamlit" page and the Streamlit version the site names, as built.
const open = checkedPages();
const PAGE = "/tutorials/differences-from-streamlit";

describe("differences from Streamlit", () => {
  it("is the last tutorial in the sidebar, and the page names the version it compares with", async () => {
    const { page } = await open(PAGE);
    await expect(page.locator("main h1").textContent()).resolves.toBe("Differences from Streamlit");
    const links = page.locator('[data-testid="sidebar"] a');
    await expect(links.last().getAttribute("href")).resolves.toBe(PAGE);
    await expect(links.last().getAttribute("aria-current")).resolves.toBe("page");
    await expect(page.locator('[data-testid="page-streamlit-version"]').first().textContent()).resolves.toBe(
      `Streamlit ${STREAMLIT_VERSION}`,
    );
    // Every deviation is one entry of one list.
    const entries = page.locator("article .prose ul > li");
    expect(await entries.count()).toBeGreaterThanOrEqual(9);
  });

  it("the footer of every page names the Streamlit version and links to the page", async () => {
    const { page } = await open("/");
    const footer = page.locator("footer");
    await expect(footer.locator('[data-testid="streamlit-version"]').textContent()).resolves.toBe(
      `Streamlit ${STREAMLIT_VERSION}`,
    );
    await footer.getByRole("link", { name: "where it differs" }).click();
    await page.waitForURL((url) => url.pathname.replace(/\.html$/, "") === PAGE);
    await expect(page.locator("main h1").textContent()).resolves.toBe("Differences from Streamlit");
    await expect(page.locator('footer [data-testid="streamlit-version"]').textContent()).resolves.toBe(
      `Streamlit ${STREAMLIT_VERSION}`,
    );
  });

  it.each(["light", "dark"] as const)(
    "has no serious accessibility problem in the %s theme, also at 375 px",
    async (theme) => {
      for (const viewport of [undefined, { width: 375, height: 740 }]) {
        const { page } = await open(PAGE, { colorScheme: theme, localStorage: { "cache-lab-theme": theme }, viewport });
        await expect(page.evaluate(() => document.documentElement.classList.contains("dark"))).resolves.toBe(
          theme === "dark",
        );
        expect(await axeViolations(page)).toEqual([]);
      }
    },
  );
});
