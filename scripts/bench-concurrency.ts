/**
 * `npm run bench:concurrency`: what interleaving costs. Prints medians (ms) of runs of one script
 * as a plain session run, as an interleaved run of one session, and of two sessions under a seed,
 * beside a floor (a plain run of a one-line script) measured in the same process, alternating so
 * all series see the same load. Also the one-time cost of inserting step points into a script.
 */
import { transform } from "sucrase";
import { createServer } from "../lib/streamlit";
import { instrumentSteps } from "../lib/streamlit/instrument";

const SCRIPT = `const getCounter = st.cacheResource(() => ({ n: 0 }));
const counter = getCounter();
for (let i = 0; i < 50; i++) {
  counter.n += 1;
  st.text(counter.n);
}
st.metric("n", counter.n);
`;
const FLOOR = `st.text("x");\n`;
const REPS = 200;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const server = createServer({ fetch: () => Promise.reject(new Error("no fetch in this benchmark")) });
  await server.preload();
  const a = server.createSession();
  const b = server.createSession();
  const series: Record<string, () => Promise<unknown>> = {
    "floor: plain run of one st.text": () => a.run(FLOOR),
    "plain run (a 50-pass loop of st.text, 103 statements)": () => a.run(SCRIPT),
    "interleaved, one session": () => server.runInterleaved([{ name: "A", session: a, source: SCRIPT }]).done,
    "interleaved, two sessions, seed 1": () =>
      server.runInterleaved(
        [
          { name: "A", session: a, source: SCRIPT },
          { name: "B", session: b, source: SCRIPT },
        ],
        { schedule: { seed: 1 } },
      ).done,
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(series).map((k) => [k, []]));
  for (const run of Object.values(series)) for (let i = 0; i < 20; i++) await run();
  for (let i = 0; i < REPS; i++) {
    for (const [name, run] of Object.entries(series)) {
      const start = performance.now();
      await run();
      times[name].push(performance.now() - start);
    }
  }
  const code = transform(SCRIPT.repeat(20), { transforms: ["typescript", "imports"], disableESTransforms: true }).code;
  const inst: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    instrumentSteps(code);
    inst.push(performance.now() - start);
  }
  console.log(`| series | median ms (${REPS} runs) |\n| --- | --- |`);
  for (const [name, xs] of Object.entries(times)) console.log(`| ${name} | ${median(xs).toFixed(3)} |`);
  console.log(`| instrumentSteps on ${code.split("\n").length} lines (once per source) | ${median(inst).toFixed(3)} |`);
  server.dispose();
}

await main();
