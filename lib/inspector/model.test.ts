import { describe, expect, it } from "vitest";
import type { CacheEvent, RunResult } from "../streamlit/types";
import { formatBytes, formatClockOffset, formatDuration } from "./format";
import { EMPTY_HISTORY, recordRun } from "./history";
import { describeIdentity } from "./identity";
import { changedArguments, parseKeySummary } from "./key-summary";
import { explainMiss } from "./miss-reasons";
import { groupRunEvents, type CallStep } from "./run-steps";
import { buildInspectorView } from "./view";

const ev = (kind: CacheEvent["kind"], fields: Partial<CacheEvent> = {}): CacheEvent => ({
  kind,
  functionName: "load",
  cache: "data",
  keySummary: 'url="/a.csv"',
  at: 0,
  sessionId: "s1",
  ...fields,
});

const result = (runNumber: number, events: CacheEvent[], extra: Partial<RunResult> = {}): RunResult => ({
  elements: [],
  events,
  runNumber,
  durationMs: 1,
  ...extra,
});

describe("format", () => {
  it("sizes, durations and the clock read plainly", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(300 * 1024 * 1024)).toBe("300 MB");
    expect(formatDuration(0.42)).toBe("0.4 ms");
    expect(formatDuration(12.4)).toBe("12 ms");
    expect(formatDuration(3_200)).toBe("3.2 s");
    expect(formatDuration(65_000)).toBe("1 min 5 s");
    expect(formatDuration(3_600_000 + 60_000)).toBe("1 h 1 min");
    expect(formatClockOffset(0)).toBe("real time");
    expect(formatClockOffset(3_600_000)).toBe("+1 h");
  });
});

describe("key summaries", () => {
  it("splits on commas outside strings", () => {
    expect(parseKeySummary('city="Paris, France", n=3')).toEqual([
      { name: "city", value: '"Paris, France"' },
      { name: "n", value: "3" },
    ]);
    expect(parseKeySummary("")).toEqual([]);
    expect(parseKeySummary('s="a \\"b, c=1\\""')).toEqual([{ name: "s", value: '"a \\"b, c=1\\""' }]);
  });

  it("names the changed, added and left-out arguments", () => {
    expect(changedArguments("a=1, b=2", "a=1, b=3")).toEqual([{ name: "b", before: "2", after: "3" }]);
    expect(changedArguments("a=1", "a=1, b=2")).toEqual([{ name: "b", before: undefined, after: "2" }]);
    expect(changedArguments("a=1, b=2", "a=1")).toEqual([{ name: "b", before: "2" }]);
  });
});

describe("miss explanations", () => {
  it("maps each lib reason to a code", () => {
    expect(explainMiss("expired", "n=1").code).toBe("expired");
    expect(explainMiss("evicted", "n=1").code).toBe("evicted");
    expect(explainMiss("cleared", "n=1").code).toBe("cleared");
    expect(explainMiss("code changed", "n=1").code).toBe("code-changed");
    expect(explainMiss("validate returned false", "n=1").code).toBe("invalid");
    expect(explainMiss("something new", "n=1")).toEqual({ code: "other", text: "something new" });
  });

  it("a first call after a call with other arguments names the argument", () => {
    const why = explainMiss("first call", "n=2", "n=1");
    expect(why.code).toBe("argument-changed");
    expect(why.text).toBe("argument n changed (was 1, now 2)");
    expect(explainMiss("first call", "n=1", "n=1").code).toBe("first-call");
    expect(explainMiss("first call", "n=1").code).toBe("first-call");
  });
});

describe("grouping a run's events", () => {
  it("miss → compute → store, then a data hit → copy, a resource hit → same object", () => {
    const steps = groupRunEvents(
      [
        ev("miss", { reason: "first call" }),
        ev("compute", { durationMs: 12, objectId: 7 }),
        ev("store", { objectId: 7 }),
        ev("hit", { objectId: 9 }),
        ev("copy", { durationMs: 0.3, objectId: 9 }),
        ev("hit", { cache: "resource", functionName: "model", keySummary: "", objectId: 3 }),
      ],
      new Map(),
    ) as CallStep[];
    expect(steps.map((s) => s.chain)).toEqual([
      ["miss", "compute 12 ms", "store #7"],
      ["hit", "copy 0.3 ms → #9"],
      ["hit", "same object #3"],
    ]);
    expect(steps.map((s) => s.handout)).toEqual(["computed", "copy", "same-object"]);
    expect(steps[0].miss?.code).toBe("first-call");
  });

  it("interleaved calls keep their own compute and store; removals are their own steps", () => {
    const a = { keySummary: "n=1" };
    const b = { keySummary: "n=2" };
    const steps = groupRunEvents(
      [
        ev("miss", a),
        ev("miss", b),
        ev("compute", { ...b, durationMs: 5, objectId: 2 }),
        ev("store", { ...b, objectId: 2 }),
        ev("evict", { keySummary: "n=0", objectId: 1, reason: "evicted" }),
        ev("compute", { ...a, durationMs: 9, objectId: 3 }),
        ev("store", { ...a, objectId: 3 }),
      ],
      new Map(),
    );
    expect(steps.map((s) => (s.type === "call" ? `${s.keySummary}:${s.chain.join(">")}` : `${s.kind} ${s.keySummary}`))).toEqual([
      "n=1:miss>compute 9 ms>store #3",
      "n=2:miss>compute 5 ms>store #2",
      "evict n=0",
    ]);
  });

  it("a miss whose computation failed is marked as not stored; a wait then hit is one step", () => {
    const steps = groupRunEvents([ev("miss"), ev("wait", { keySummary: "n=1" }), ev("wait", { keySummary: "n=1" }), ev("hit", { keySummary: "n=1", objectId: 4 }), ev("copy", { keySummary: "n=1", objectId: 4 })], new Map()) as CallStep[];
    expect(steps).toHaveLength(2);
    expect(steps[0].handout).toBe("not-stored");
    expect(steps[1].chain).toEqual(["wait", "hit", "copy 0.0 ms → #4"]);
  });
});

describe("identity sentences", () => {
  it("says same object or a copy, as the issue words it", () => {
    expect(describeIdentity([{ runNumber: 1, objectId: 7, handout: "computed" }, { runNumber: 2, objectId: 7, handout: "same-object" }])).toBe(
      "run 1 and run 2 got object #7: the same object",
    );
    expect(describeIdentity([{ runNumber: 1, objectId: 7, handout: "computed" }, { runNumber: 2, objectId: 9, handout: "copy" }])).toBe(
      "run 1 got #7, run 2 got #9, a copy",
    );
    expect(describeIdentity([{ runNumber: 3, objectId: 5, handout: "computed" }])).toBe("run 3 got object #5");
  });
});

describe("history and view", () => {
  it("a restarted session (run 1 again) forgets older runs", () => {
    let h = recordRun(EMPTY_HISTORY, result(1, []));
    h = recordRun(h, result(2, []));
    expect(h.runs.map((r) => r.runNumber)).toEqual([1, 2]);
    h = recordRun(h, result(1, []));
    expect(h.runs.map((r) => r.runNumber)).toEqual([1]);
  });

  it("the live announcement reads the first steps and counts the rest", () => {
    const events = Array.from({ length: 8 }, (_, n) => ev("hit", { cache: "resource", keySummary: `n=${n}`, objectId: n + 1 }));
    const view = buildInspectorView(recordRun(EMPTY_HISTORY, result(1, events)), [], 0);
    expect(view.steps).toHaveLength(8);
    expect(view.announcement).toBe("Run 1: load: hit, same object #1. load: hit, same object #2. load: hit, same object #3. load: hit, same object #4. load: hit, same object #5. and 3 more steps.");
  });

  it("keeps at most the given number of runs", () => {
    let h = EMPTY_HISTORY;
    for (let i = 1; i <= 5; i++) h = recordRun(h, result(i, []), 3);
    expect(h.runs.map((r) => r.runNumber)).toEqual([3, 4, 5]);
  });

  it("a miss in a later run names the argument that changed since the previous run's call", () => {
    let h = recordRun(EMPTY_HISTORY, result(1, [ev("miss", { keySummary: "n=1", reason: "first call" }), ev("compute", { keySummary: "n=1" }), ev("store", { keySummary: "n=1" })]));
    h = recordRun(h, result(2, [ev("miss", { keySummary: "n=2", reason: "first call" })]));
    const view = buildInspectorView(h, [], 0);
    const step = view.steps[0] as CallStep;
    expect(step.miss?.text).toBe("argument n changed (was 1, now 2)");
    expect(view.announcement).toBe("Run 2: load: miss (argument n changed (was 1, now 2)).");
  });

  it("entries: sizes, ages, ttl left, the expired flag, and the mutated object linked", () => {
    const h = recordRun(
      EMPTY_HISTORY,
      result(1, [ev("hit", { cache: "resource", objectId: 7 })], {
        elements: [{ type: "warning", body: "changed", mutation: { functionName: "load", objectId: 7, changes: ["column removed: Lat"] } }],
      }),
    );
    const view = buildInspectorView(
      h,
      [
        { functionName: "load", cache: "resource", scope: "global", entries: [{ keySummary: 'url="/a.csv"', sizeBytes: 0, ageMs: 1000, ttlLeftMs: null, hits: 1, objectId: 7 }] },
        {
          functionName: "square",
          cache: "data",
          scope: "global",
          entries: [
            { keySummary: "n=1", sizeBytes: 2048, ageMs: 61_000, ttlLeftMs: 0, hits: 0, objectId: 8 },
            { keySummary: "", sizeBytes: 10, ageMs: 0, ttlLeftMs: 5_000, hits: 2, objectId: 9 },
            { keySummary: "n=2", sizeBytes: 8, ageMs: 0, ttlLeftMs: null, hits: 0, objectId: 0 },
          ],
        },
      ],
      3_600_000,
    );
    expect(view.entryCount).toBe(4);
    expect(view.clock).toBe("+1 h");
    expect(view.functions[0]).toMatchObject({ api: "st.cacheResource", entries: [{ size: "shared", ttlLeft: "—", mutatedInRun: 1 }] });
    expect(view.functions[1].entries.map((e) => [e.args, e.size, e.age, e.ttlLeft, e.expired, e.object])).toEqual([
      ["n=1", "2.0 KB", "1 min 1 s", "expired", true, "#8"],
      ["(no arguments)", "10 B", "under 1 s", "5.0 s", false, "#9"],
      ["n=2", "8 B", "under 1 s", "—", false, "plain value"],
    ]);
    expect(view.mutations).toEqual([
      expect.objectContaining({ objectId: 7, inCache: true, text: "Run 1 changed object #7, returned by load, in place: column removed: Lat." }),
    ]);
  });

  it("identity lines look at the last four runs", () => {
    let h = EMPTY_HISTORY;
    for (let r = 1; r <= 6; r++) h = recordRun(h, result(r, [ev("hit", { cache: "resource", objectId: 5 })]));
    expect(buildInspectorView(h, [], 0).identity.map((l) => l.text)).toEqual(["runs 3, 4, 5 and 6 got object #5: the same object"]);
  });

  it("identity lines cover the calls of the latest run only", () => {
    let h = recordRun(EMPTY_HISTORY, result(1, [ev("miss"), ev("compute", { objectId: 1 }), ev("store", { objectId: 1 }), ev("miss", { functionName: "other" })]));
    h = recordRun(h, result(2, [ev("hit", { objectId: 2 }), ev("copy", { objectId: 2 })]));
    expect(buildInspectorView(h, [], 0).identity.map((l) => l.text)).toEqual(["run 1 got #1, run 2 got #2, a copy"]);
  });
});
