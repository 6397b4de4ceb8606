#!/usr/bin/env node
// Cache inspector benchmark: how long the panel takes to draw with 1,000 cache entries, in Chromium
// against the BUILT site (out/). Prints medians; never fails on a slow number.
//
//   npm run bench:inspector [-- --runs 5] [-- --dir out]
//
// The ttl playground of "Tuning the cache" gets a script that fills one function with 1,000
// entries. Each figure is the time from the action (a click) to the first animation frame after
// the result is in the DOM, measured with the page's own clock. The floor, measured in the same
// page and the same run, is the same measurement for building a plain 1,000-row, 7-column table
// with DOM calls and no framework: what drawing that many rows costs at least on this machine.
import os from "node:os";
import { startBench } from "./bench-browser.mjs";

const ENTRIES = 1_000;
// One line: Monaco's auto-indent would add closing brackets to typed newlines after an open brace.
const SCRIPT = `const square = st.cacheData(function square(n: number) { return { n, square: n * n }; }); for (let n = 0; n < ${ENTRIES}; n++) await square(n); st.text("${ENTRIES} entries");`;

const { runs: RUNS, base, browser, close } = await startBench("inspector");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** In the page: clicks `selector`, then resolves with the ms until the frame after `done()` holds. */
function timeClick(page, selector, doneSource) {
  return page.evaluate(
    ([sel, done]) =>
      new Promise((resolve, reject) => {
        const check = new Function(`return (${done})();`);
        const t0 = performance.now();
        document.querySelector(sel).click();
        // A condition that never holds means the page is not what the script expects: say so.
        const tick = () =>
          check()
            ? requestAnimationFrame(() => resolve(performance.now() - t0))
            : performance.now() - t0 > 30_000
              ? reject(new Error(`never true: ${done}`))
              : requestAnimationFrame(tick);
        tick();
      }),
    [selector, doneSource],
  );
}

/** In the page: builds a plain table of `rows` × 7 cells with DOM calls; ms until the next frame. */
function timeFloor(page, rows) {
  return page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const table = document.createElement("table");
        const body = table.createTBody();
        for (let i = 0; i < n; i++) {
          const tr = body.insertRow();
          for (const text of [`square`, `n=${i}`, "40 B", "1.2 s", "—", "0", `#${i + 1}`])
            tr.insertCell().textContent = text;
        }
        document.body.append(table);
        requestAnimationFrame(() => {
          resolve(performance.now() - t0);
          table.remove();
        });
      }),
    rows,
  );
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL("tutorials/tuning-the-cache", base).href);
  const pg = page.locator('[data-example="tuning/ttl"]');
  await pg.scrollIntoViewIfNeeded();
  await pg.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 60_000 });
  await pg.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(SCRIPT);
  await pg.locator('[data-testid="run"]').click();
  await pg.locator('[data-testid="run-count"][data-run-number="1"]').waitFor({ timeout: 60_000 });

  const shownText = await pg.locator('[data-testid="output"]').textContent();
  if (!shownText?.includes(`${ENTRIES} entries`))
    throw new Error(`The benchmark script did not run; the output says: ${shownText}`);
  const P = '[data-example="tuning/ttl"]';
  const summary = `${P} [data-testid="inspector"] summary`;
  const rowsDrawn = (n) => `() => document.querySelectorAll('${P} [data-testid="inspector-entry"]').length === ${n}`;
  const figures = { open: [], rerunOpen: [], showAll: [], rerunOpenAll: [], rerunClosed: [], floor: [] };
  const ran = (n) =>
    `() => document.querySelector('${P} [data-testid="run-count"]').getAttribute("data-run-number") === "${n}"`;
  const rerun = async () => {
    const runNumber = Number(await pg.locator('[data-testid="run-count"]').getAttribute("data-run-number"));
    return timeClick(page, `${P} [data-testid="run"]`, ran(runNumber + 1));
  };
  for (let i = 0; i < RUNS; i++) {
    // Open (first 100 rows and 100 steps drawn), rerun (1,000 hits) with it open, then Show all
    // (1,000 rows), rerun again, and rerun once more with the panel closed.
    figures.open.push(await timeClick(page, summary, rowsDrawn(100)));
    figures.rerunOpen.push(await rerun());
    figures.showAll.push(
      await timeClick(page, `${P} [data-testid="inspector"] [role="region"] > button`, rowsDrawn(ENTRIES)),
    );
    figures.rerunOpenAll.push(await rerun());
    await page.locator(summary).click();
    figures.rerunClosed.push(await rerun());
    figures.floor.push(await timeFloor(page, ENTRIES));
  }
  const row = (label, xs) => `| ${label} | ${median(xs).toFixed(1)} ms | ${xs.map((x) => x.toFixed(0)).join(", ")} |`;
  console.log(
    `Cache inspector with ${ENTRIES} entries (Chromium, ${os.cpus().length} cores, ${RUNS} repetitions, medians)\n`,
  );
  console.log("| what | median | all |");
  console.log("|---|---|---|");
  console.log(row("open the panel (100 rows + 100 steps drawn)", figures.open));
  console.log(row(`rerun (${ENTRIES} hits), panel open, 100 rows drawn`, figures.rerunOpen));
  console.log(row(`Show all: draw ${ENTRIES} rows`, figures.showAll));
  console.log(row(`rerun (${ENTRIES} hits), panel open, all ${ENTRIES} rows drawn`, figures.rerunOpenAll));
  console.log(row(`rerun (${ENTRIES} hits), panel closed`, figures.rerunClosed));
  console.log(row(`floor: plain DOM table of ${ENTRIES} × 7 cells`, figures.floor));
  await context.close();
} finally {
  await close();
}
