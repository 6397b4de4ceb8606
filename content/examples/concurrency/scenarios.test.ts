/**
 * The four scenarios of "Concurrent sessions", run from the example files on one server with two
 * sessions, under the schedules the tutorial uses. Each outcome must be the same on every one of
 * 20 fresh servers: the scheduler, not timing, decides who runs when.
 */
import { describe, expect, it } from "vitest";
import { parseSchedule } from "@/lib/streamlit/schedule-text";
import { testServer } from "@/lib/streamlit/test-support/harness";
import type { RunResult, StepRecord } from "@/lib/streamlit/types";
import { listExamples, loadExample } from "@/lib/content/load-example";

const REPEAT = 20;
const RACE = "A until line 8, then B to the end, then A";

const metric = (result: RunResult) => {
  const found = result.elements.find((e) => e.type === "metric");
  return found && found.type === "metric" ? found.value : undefined;
};
const failure = (result: RunResult) => (result.error ? `${result.error.type}: ${result.error.message} (line ${result.error.line})` : undefined);
const timeline = (steps: StepRecord[]) => steps.map((s) => `${s.session}@${s.line}:${s.status}:${s.saw.join("|")}`);

/** Runs the named sessions one after another (Run A, Run B, ...), each as a one-session interleaved run. */
async function oneByOne(example: string, order: string[]) {
  const { server } = testServer();
  const sessions = { A: server.createSession(), B: server.createSession() };
  const source = loadExample(example).source;
  const shown: (string | undefined)[] = [];
  for (const name of order) {
    const { results } = await server.runInterleaved([{ name, session: sessions[name as "A" | "B"], source }]).done;
    shown.push(failure(results[name]) ?? metric(results[name]));
  }
  server.dispose();
  return shown;
}

/** Runs A and B at once under a schedule; returns what each showed, the timeline, and both results. */
async function atOnce(example: string, schedule: string) {
  const { server } = testServer();
  const source = loadExample(example).source;
  const runs = ["A", "B"].map((name) => ({ name, session: server.createSession(), source }));
  const { results, steps } = await server.runInterleaved(runs, { schedule: parseSchedule(schedule) }).done;
  server.dispose();
  return { shown: [metric(results.A), metric(results.B)], steps: timeline(steps), results };
}

async function same<T>(times: number, once: () => Promise<T>): Promise<T> {
  const first = await once();
  for (let i = 1; i < times; i++) expect(await once()).toEqual(first);
  return first;
}

describe("scenario 1: the shared counter", () => {
  it("cacheResource: A sees 2, then B sees 3, then A's rerun sees 4, every time", async () => {
    expect(await same(REPEAT, () => oneByOne("concurrency/shared-counter", ["A", "B", "A"]))).toEqual(["2", "3", "4"]);
  });
  it("cacheData: everyone sees 2", async () => {
    expect(await same(REPEAT, () => oneByOne("concurrency/shared-counter-data", ["A", "B", "A"]))).toEqual(["2", "2", "2"]);
  });
});

describe("scenario 2: the Uber frame shared between sessions", () => {
  it("A's run drops Lat; B's very first run fails with the KeyError at the line that reads Lat", async () => {
    const source = loadExample("concurrency/uber-shared-frame").source;
    const line = source.split("\n").findIndex((l) => l.includes(`df["Lat"]`)) + 1;
    const shown = await same(REPEAT, () => oneByOne("concurrency/uber-shared-frame", ["A", "B"]));
    expect(shown[0]).toMatch(/^3\.\d{4}$|^40\.\d{4}$/);
    expect(shown[1]).toBe(`KeyError: 'Lat' (line ${line})`);
  });
});

describe("scenario 3: a lost update", () => {
  it("A reads, B runs whole, A writes: both show 1, and the replay loses the same update", async () => {
    const outcome = await same(REPEAT, () => atOnce("concurrency/lost-update", RACE));
    expect(outcome.shown).toEqual(["1", "1"]);
    expect(outcome.steps.filter((s) => s.includes("read 0"))).toHaveLength(2);
  });
  it("run one after the other, the same two sessions count to 2", async () => {
    const outcome = await atOnce("concurrency/lost-update", "A, B");
    expect(outcome.shown).toEqual(["1", "2"]);
  });
  it("as the tutorial says, seed 1 counts to 2 and seed 2 loses an update", async () => {
    expect((await atOnce("concurrency/lost-update", "1")).shown.sort()).toEqual(["1", "2"]);
    expect((await atOnce("concurrency/lost-update", "2")).shown).toEqual(["1", "1"]);
  });
  it("a seed gives the same interleaving every time", async () => {
    const first = await same(REPEAT, () => atOnce("concurrency/lost-update", "seed 7"));
    expect(first.steps.length).toBeGreaterThan(6);
  });
});

describe("scenario 4: the fixes under the schedule that loses the update", () => {
  it("a lock: B waits for A, and the count reaches 2", async () => {
    const outcome = await same(REPEAT, () => atOnce("concurrency/fix-lock", RACE));
    expect(outcome.shown).toEqual(["1", "2"]);
    expect(outcome.steps.some((s) => s.startsWith("B@5:blocked"))).toBe(true);
  });
  it.each(["fix-cache-data", "fix-copy", "fix-session-scope", "fix-session-state"])("%s: each session counts only its own visits (1 and 1)", async (name) => {
    const outcome = await same(REPEAT, () => atOnce(`concurrency/${name}`, RACE));
    expect(outcome.shown).toEqual(["1", "1"]);
    expect(outcome.results.A.error).toBeUndefined();
  });
  it("scope session and sessionState keep counting across a session's reruns; cacheData and a copy do not", async () => {
    expect(await oneByOne("concurrency/fix-session-scope", ["A", "A", "B"])).toEqual(["1", "2", "1"]);
    expect(await oneByOne("concurrency/fix-session-state", ["A", "A", "B"])).toEqual(["1", "2", "1"]);
    expect(await oneByOne("concurrency/fix-cache-data", ["A", "A", "B"])).toEqual(["1", "1", "1"]);
    expect(await oneByOne("concurrency/fix-copy", ["A", "A", "B"])).toEqual(["1", "1", "1"]);
  });
});

describe("step points change nothing but the turns", () => {
  it.each(listExamples())("%s shows the same thing run plainly and run alone under the scheduler", async (name) => {
    const source = loadExample(name).source;
    const plain = testServer().server;
    const stepped = testServer().server;
    const expected = await plain.createSession().run(source);
    const { results, steps } = await stepped.runInterleaved([{ name: "A", session: stepped.createSession(), source }]).done;
    expect(results.A.elements).toEqual(expected.elements);
    expect(results.A.error).toEqual(expected.error);
    expect(steps.length).toBeGreaterThan(0);
    plain.dispose();
    stepped.dispose();
  });
});
