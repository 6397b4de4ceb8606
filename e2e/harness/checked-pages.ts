import { afterEach } from "vitest";
import { openPage, type OpenedPage, type OpenPageOptions } from "./index";

/**
 * Returns an `open(sitePath, options)` for one spec file. After every test, each page it opened must
 * have logged no console or page error and sent no request beyond 127.0.0.1; then all are closed
 * (closing a page the test already closed is harmless). Call it once, at the top of the spec.
 */
export function checkedPages(): (sitePath?: string, options?: OpenPageOptions) => Promise<OpenedPage> {
  const opened: OpenedPage[] = [];
  afterEach(async () => {
    const pages = opened.splice(0);
    try {
      for (const page of pages) {
        page.expectNoConsoleErrors();
        page.expectNoExternalRequests();
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
