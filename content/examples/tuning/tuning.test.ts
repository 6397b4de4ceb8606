import { describe, expect, it } from "vitest";
import { buildInspectorView, EMPTY_HISTORY, recordRun, type CallStep, type InspectorHistory, type InspectorView } from "@/lib/inspector";
import { testServer } from "@/lib/streamlit/test-support/harness";
import type { RunResult, WidgetStates } from "@/lib/streamlit/types";
import { loadExample } from "@/lib/content/load-example";

// Each knob of "Tuning the cache", run on the emulation and read through the inspector's model:
// what the tutorial tells the reader to look for must be what the inspector shows.
function session(name: string) {
  const { server, clock } = testServer();
  const s = server.createSession();
  const source = loadExample(name).source;
  let history: InspectorHistory = EMPTY_HISTORY;
  let last: RunResult | undefined;
  return {
    clock,
    async run(widgets: WidgetStates = {}): Promise<InspectorView> {
      last = await s.run(source, { widgets });
      history = recordRun(history, last);
      return buildInspectorView(history, server.snapshot(), 0);
    },
    view: () => buildInspectorView(history, server.snapshot(), 0),
    last: () => last!,
    dispose: () => server.dispose(),
  };
}

// The key summary as lib/streamlit shortens a long string argument.
const URL = `url="/data/uber-raw-da…p14-10k.csv"`;
const calls = (view: InspectorView) => view.steps.filter((s): s is CallStep => s.type === "call");
const args = (view: InspectorView) => view.functions.flatMap((f) => f.entries.map((e) => e.args));
const buttonId = (result: RunResult, label: string) => {
  const button = result.elements.find((e) => e.type === "button" && e.label === label);
  if (!button || button.type !== "button") throw new Error(`no button ${label}`);
  return button.id;
};

describe("tuning examples through the inspector", () => {
  it("ttl: a hit within the hour, an expiry and a miss 'expired' after it", async () => {
    const t = session("tuning/ttl");
    expect(calls(await t.run()).map((c) => c.outcome)).toEqual(["miss"]);
    // 24 hours, as real pandas counts them: 217 pickups at midnight, 747 at 17.
    const counts = t.last().elements.find((e) => e.type === "json");
    expect(counts?.type === "json" && Object.keys(counts.value as object)).toHaveLength(24);
    expect(counts).toMatchObject({ value: { 0: 217, 17: 747, 23: 344 } });
    t.clock.advance(60_000);
    expect(calls(await t.run()).map((c) => c.outcome)).toEqual(["hit"]);
    expect(t.view().functions[0].entries[0].ttlLeft).toBe("59 min");
    t.clock.advance(3_600_000);
    expect(t.view().functions[0].entries[0].expired).toBe(true);
    const third = await t.run();
    expect(third.steps.map((s) => (s.type === "call" ? s.outcome : s.kind))).toEqual(["expire", "miss"]);
    expect(calls(third)[0].miss?.code).toBe("expired");
    t.dispose();
  });

  it("maxEntries: the least recently used hour is evicted", async () => {
    const t = session("tuning/max-entries");
    const view = await t.run();
    expect(view.steps.map((s) => (s.type === "call" ? `${s.outcome} ${s.keySummary}` : `${s.kind} ${s.keySummary}`))).toEqual([
      `miss ${URL}, hour=8`,
      `miss ${URL}, hour=17`,
      `hit ${URL}, hour=8`,
      // The eviction happens when 23's value is written, after its miss.
      `miss ${URL}, hour=23`,
      `evict ${URL}, hour=17`,
    ]);
    expect(args(view).map((a) => a.split(", ")[1])).toEqual(["hour=8", "hour=23"]);
    expect(calls(view)[1].miss?.text).toBe("argument hour changed (was 8, now 17)");
    t.dispose();
  });

  it(".clear(arg): only that entry goes, and its next miss says 'cleared'", async () => {
    const t = session("tuning/clear-one");
    const first = await t.run();
    expect(first.entryCount).toBe(2);
    // Real pandas counts 430 pickups at 8 and 747 at 17 in this file.
    expect(t.last().elements.filter((e) => e.type === "json").map((e) => (e.type === "json" ? e.value : null))).toEqual([
      { hour: 8, pickups: 430 },
      { hour: 17, pickups: 747 },
    ]);
    const second = await t.run({ [buttonId(t.last(), "Forget 8 o'clock")]: true });
    expect(args(second)).toEqual([`${URL}, hour=17`]);
    expect(second.steps.at(-1)).toMatchObject({ type: "removal", kind: "clear", keySummary: `${URL}, hour=8` });
    const third = await t.run();
    expect(calls(third).map((c) => `${c.outcome} ${c.miss?.code ?? ""}`)).toEqual(["miss cleared", "hit "]);
    t.dispose();
  });

  it("validate: a closed connection is dropped and opened again as a new object", async () => {
    const t = session("tuning/validate");
    const first = await t.run();
    const opened = calls(first)[0].objectId;
    const second = await t.run({ [buttonId(t.last(), "Close the connection")]: true });
    // Closing changed the shared object: the warning is tied to the entry holding it.
    expect(second.mutations).toMatchObject([{ objectId: opened, inCache: true, runNumber: 2 }]);
    expect(second.functions[0].entries[0]).toMatchObject({ objectId: opened, mutatedInRun: 2 });
    const third = await t.run();
    expect(third.steps.map((s) => (s.type === "call" ? s.outcome : s.kind))).toEqual(["invalid", "miss"]);
    expect(calls(third)[0].miss?.code).toBe("invalid");
    expect(calls(third)[0].objectId).not.toBe(opened);
    expect(third.identity[0].text).toMatch(/^run 1 got #\d+; run 2 got #\d+, the same object; run 3 got #\d+, computed again$/);
    t.dispose();
  });

  it("an _argument is not in the key: a different frame still hits", async () => {
    const t = session("tuning/excluded-argument");
    const view = await t.run();
    expect(calls(view).filter((c) => c.functionName === "countRows").map((c) => `${c.outcome} ${c.keySummary}`)).toEqual([
      'miss label="all pickups"',
      'hit label="all pickups"',
      'miss label="first 100 pickups"',
    ]);
    expect(t.last().elements.filter((e) => e.type === "json").map((e) => (e.type === "json" ? e.value : null))).toEqual([
      { label: "all pickups", rows: 10000 },
      { label: "all pickups", rows: 10000 },
      { label: "first 100 pickups", rows: 100 },
    ]);
    t.dispose();
  });

  it("an unhashable argument gives the teaching error; the _ fix caches", async () => {
    const t = session("tuning/unhashable");
    const view = await t.run();
    const error = t.last().elements.find((e) => e.type === "exception");
    expect(error).toMatchObject({ error: { type: "UnhashableParamError" } });
    expect(error?.type === "exception" && error.error.message).toContain("Cannot hash argument 'format' (of type `function`) in 'describePickups'");
    expect(calls(view).map((c) => c.functionName)).toEqual(["describePickupsFixed"]);
    expect(t.last().elements.find((e) => e.type === "text")).toMatchObject({ body: "10,000 pickups over 8 days" });
    expect(args(view)).toEqual([`${URL}`]);
    t.dispose();
  });
});
