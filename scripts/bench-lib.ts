/**
 * `npm run bench:lib`: speed of the Streamlit emulation on Uber-shaped frames of 10k, 100k and 1M
 * rows, each figure beside a floor measured in the same run. Prints a Markdown table and writes it
 * into docs/performance.md (section "Library benchmark (npm run bench:lib)").
 *
 * Larger frames are made by resampling the rows of the real 10k sample with a seeded generator,
 * so every run measures the same data. Times are medians of several repetitions after a warm-up,
 * with garbage collected before each series (the npm script passes --expose-gc).
 */
import { readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { transform } from "sucrase";
import { createPandasModule, csvTextToFrame, type Danfo, type DataFrame, frameColumns } from "../lib/pandas";
import { Hasher, hashInto } from "../lib/streamlit/cache/hashing";
import { describeChanges, fingerprint } from "../lib/streamlit/cache/mutation";
import { freezeValue, thawValue } from "../lib/streamlit/cache/value-copy";
import { createServer } from "../lib/streamlit";
import { seededRandom } from "../lib/streamlit/scheduler";
import { toTableData } from "../lib/streamlit/table-data";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [10_000, 100_000, 1_000_000];

function uberCsv(sample: string, rows: number): string {
  const lines = sample.trim().split("\n");
  const header = lines[0];
  const body = lines.slice(1);
  // Seeded, so the resampled frames are the same on every run.
  const random = seededRandom(2014);
  const out = new Array<string>(rows + 1);
  out[0] = header;
  for (let i = 1; i <= rows; i++) out[i] = body[Math.floor(random() * body.length)];
  return out.join("\n") + "\n";
}

/**
 * Collects garbage before a series of timed calls (node --expose-gc), so the previous measurement's
 * garbage is not billed to this one. Not before every call: a forced full GC also discards type
 * feedback and would make small operations look slower than they are.
 */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/** Median milliseconds of `fn` over `reps` runs after one warm-up. */
async function time(reps: number, fn: () => unknown): Promise<number> {
  await fn();
  const samples: number[] = [];
  collect();
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * Medians of a floor and the measured operation, taken alternately (floor, subject, floor, ...)
 * so that both see the same machine load and garbage-collector state.
 */
async function timePair(reps: number, floor: () => unknown, subject: () => unknown): Promise<[number, number]> {
  await floor();
  await subject();
  const a: number[] = [];
  const b: number[] = [];
  collect();
  for (let i = 0; i < reps; i++) {
    let t0 = performance.now();
    await floor();
    a.push(performance.now() - t0);
    t0 = performance.now();
    await subject();
    b.push(performance.now() - t0);
  }
  return [median(a), median(b)];
}

interface Row {
  rows: number;
  what: string;
  ms: number;
  floorName: string;
  floorMs: number | null;
  goal: string;
  verdict: string;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(4));

async function benchSize(dfd: Danfo, sample: string, rows: number): Promise<Row[]> {
  const reps = rows >= 1_000_000 ? 3 : rows >= 100_000 ? 5 : 15;
  const text = uberCsv(sample, rows);
  const out: Row[] = [];

  const [parseFloor, parse] = await timePair(
    reps,
    () => Papa.parse(text, { dynamicTyping: true, skipEmptyLines: true }),
    () => csvTextToFrame(dfd, text),
  );
  out.push({
    rows,
    what: "CSV text → DataFrame (readCSV)",
    ms: parse,
    floorName: "papaparse alone",
    floorMs: parseFloor,
    goal: "",
    verdict: "",
  });

  const df = csvTextToFrame(dfd, text);
  const columns = frameColumns(df);
  const [scanFloor, hash] = await timePair(
    reps,
    () => {
      let acc = 0;
      for (const col of columns) {
        for (let i = 0; i < col.length; i++) {
          const v = col[i];
          acc += typeof v === "number" ? v : (v as string).length;
        }
      }
      return acc;
    },
    () => {
      const h = new Hasher();
      hashInto(h, df);
      return h.digest();
    },
  );
  out.push({
    rows,
    what: "hash a DataFrame argument",
    ms: hash,
    floorName: "one read of every cell",
    floorMs: scanFloor,
    goal: "",
    verdict: "",
  });

  const [sliceFloor, table] = await timePair(
    reps,
    () => columns.map((col) => col.slice()),
    () => toTableData(df),
  );
  out.push({
    rows,
    what: "st.dataframe: frame → TableData",
    ms: table,
    floorName: "slice() of every column",
    floorMs: sliceFloor,
    goal: "",
    verdict: "",
  });

  const frozen = freezeValue(df);
  const [cloneFloor, thaw] = await timePair(
    reps,
    () => structuredClone(columns),
    () => thawValue(frozen, dfd),
  );
  out.push({
    rows,
    what: "cacheData hit: copy (thaw)",
    ms: thaw,
    floorName: "structuredClone of the columns",
    floorMs: cloneFloor,
    goal: "≤ 2× floor",
    verdict: thaw <= 2 * cloneFloor ? "met" : "missed",
  });
  const firstRowAccess = await time(reps, () => (thawValue(frozen, dfd) as DataFrame).values);
  out.push({
    rows,
    what: "…then first row-major use (df.values)",
    ms: firstRowAccess,
    floorName: "structuredClone of the columns",
    floorMs: cloneFloor,
    goal: "",
    verdict: "",
  });

  // Whole hits inside real runs: a script calls the cached function `calls` times and reports the time per call.
  const server = createServer({ fetch: async () => new Response("") });
  (globalThis as { benchFrame?: DataFrame }).benchFrame = df;
  const session = server.createSession();
  // A plain cached function answers synchronously, as the reader's scripts call it: no await.
  const hitScript = (
    api: string,
    calls: number,
  ) => `const load = st.${api}(function load() { return (globalThis as any).benchFrame; });
load();
const t0 = performance.now();
for (let i = 0; i < ${calls}; i++) load();
st.text(String((performance.now() - t0) / ${calls}));`;
  const perCall = async (api: string, calls: number) => {
    const samples: number[] = [];
    collect();
    for (let i = 0; i < reps; i++) {
      const result = await session.run(hitScript(api, calls));
      if (result.error) throw new Error(`${result.error.type}: ${result.error.message}`);
      samples.push(Number((result.elements[0] as { body: string }).body));
    }
    return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  };
  const dataHit = await perCall("cacheData", rows >= 1_000_000 ? 3 : 10);
  out.push({
    rows,
    what: "cacheData hit: whole call in a run",
    ms: dataHit,
    floorName: "structuredClone of the columns",
    floorMs: cloneFloor,
    goal: "≤ 2× floor",
    verdict: dataHit <= 2 * cloneFloor ? "met" : "missed",
  });
  const awaitFloor =
    (await time(reps, async () => {
      for (let i = 0; i < 1000; i++) await Promise.resolve(df);
    })) / 1000;
  const resourceHit = await perCall("cacheResource", 1000);
  out.push({
    rows,
    what: "cacheResource hit: whole call in a run",
    ms: resourceHit,
    floorName: "await of a resolved promise",
    floorMs: awaitFloor,
    goal: "< 0.1 ms",
    verdict: resourceHit < 0.1 ? "met" : "missed",
  });

  const mutation = await time(reps, () => describeChanges(fingerprint(df), df));
  // Up to CELL_BUDGET cells the check reads every cell twice (before and after the run), as hashing
  // the frame as a cacheData argument reads it once; past the budget it looks at the structure only.
  out.push({
    rows,
    what: "mutation check (fingerprint + compare)",
    ms: mutation,
    floorName: "hash a DataFrame argument",
    floorMs: hash,
    goal: "≤ 2.5× floor",
    verdict: mutation <= 2.5 * hash ? "met" : "missed",
  });
  server.dispose();
  return out;
}

async function main() {
  const sample = await readFile(path.join(ROOT, "public/data/uber-raw-data-sep14-10k.csv"), "utf8");
  const dfd = createPandasModule((await import("danfojs")) as Danfo, async () => new Response(""));
  const uberScript = `import * as st from "streamlit";\nimport * as dfd from "danfojs";\n\nconst loadData = st.cacheData(async function loadData(url: string) {\n  return await dfd.readCSV(url);\n});\n\nconst df = await loadData("/data/uber-raw-data-sep14-10k.csv");\ndf.drop({ columns: ["Lat"], inplace: true });\nst.dataframe(df);\n`;
  const transpile = await time(50, () =>
    transform(uberScript, { transforms: ["typescript", "imports"], disableESTransforms: true }),
  );

  const rows: Row[] = [];
  for (const size of SIZES) {
    process.stderr.write(`measuring ${size.toLocaleString("en")} rows…\n`);
    rows.push(...(await benchSize(dfd, sample, size)));
  }
  const header = "| rows | what | ms | floor | floor ms | ratio | goal |\n|---:|---|---:|---|---:|---:|---|";
  const lines = rows.map((r) => {
    const ratio = r.floorMs ? `${(r.ms / r.floorMs).toFixed(2)}×` : "";
    const goal = r.goal ? `${r.goal}: ${r.verdict}` : "";
    return `| ${r.rows.toLocaleString("en")} | ${r.what} | ${fmt(r.ms)} | ${r.floorName} | ${r.floorMs === null ? "" : fmt(r.floorMs)} | ${ratio} | ${goal} |`;
  });
  const table = [header, ...lines].join("\n");
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  const machine = `Node ${process.version}, ${cpus().length} cores, load average ${load} at the end (other work on the machine inflates figures), ${new Date().toISOString().slice(0, 10)}; transpiling the Uber script with sucrase: ${fmt(transpile)} ms (median of 50).`;
  console.log(`${table}\n\n${machine}`);
  await writeSection(table, machine);
}

const START = "<!-- bench:lib start -->";
const END = "<!-- bench:lib end -->";

/** Replaces the generated part of the library section of docs/performance.md, keeping everything else. */
async function writeSection(table: string, machine: string): Promise<void> {
  const file = path.join(ROOT, "docs/performance.md");
  const generated = `${START}\n${machine}\n\n${table}\n${END}`;
  let doc: string;
  try {
    doc = await readFile(file, "utf8");
  } catch {
    doc = "# Performance\n\n## Library benchmark (npm run bench:lib)\n\n" + generated + "\n";
  }
  if (doc.includes(START) && doc.includes(END)) {
    doc = doc.slice(0, doc.indexOf(START)) + generated + doc.slice(doc.indexOf(END) + END.length);
  } else {
    doc = doc.replace(
      "## Library benchmark (npm run bench:lib)\n",
      `## Library benchmark (npm run bench:lib)\n\n${generated}\n`,
    );
  }
  await writeFile(file, doc);
}

await main();
