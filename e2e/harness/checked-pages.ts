import { afterEach, expect } from "vitest";
import { openPage, type OpenedPage, type OpenPageOptions } from "./index";

/**
 * Returns an `open(sitePath, options)` for one spec file. After every test, each page it opened must
 * have logged no console or page error and sent no request beyond 127.0.0.1; then all are closed
 * (closing a page the test already closed is harmless). Call it once, at the top of the spec.
 * `servedByTest` names requests the test answers itself (a host page on a made-up origin).
 */
export function checkedPages(
  servedByTest?: (url: string) => boolean,
): (sitePath?: string, options?: OpenPageOptions) => Promise<OpenedPage> {
  const opened: OpenedPage[] = [];
  afterEach(async () => {
    const pages = opened.splice(0);
    try {
      for (const page of pages) {
        page.expectNoConsoleErrors();
        // A page the test serves itself through the context's router is no request to the outside world.
        if (servedByTest)
          expect(
            page.externalRequests.filter((url) => !servedByTest(url)),
            "requests that would leave 127.0.0.1",
          ).toEqual([]);
        else page.expectNoExternalRequests();
      }
    } finally {
      for (const page of pages) await page.close();
    }
  });
  return async (sitePath, options) => {
    const page = await openPage(sitePath, options);
    opened.push(page);
    return page;
  };
}
