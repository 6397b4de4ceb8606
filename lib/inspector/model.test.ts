import { describe, expect, it } from "vitest";
import type { CacheEvent, KeyArgument, MissReason, RunResult } from "../streamlit/types";
import { formatBytes, formatClockOffset, formatDuration } from "./format";
import { EMPTY_HISTORY, recordRun } from "./history";
import { describeIdentity } from "./identity";
import { changedArguments, keySummary } from "./key-summary";
import { explainMiss } from "./miss-reasons";
import { groupRunEvents, type CallStep } from "./run-steps";
import { buildInspectorView } from "./view";

/** `n=<value>` as an event's arguments. */
const n = (value: number): KeyArgument[] => [{ name: "n", repr: String(value) }];

/** The reason lib/streamlit puts on each kind that has one, unless a test gives another. */
const DEFAULT_REASON: Partial<Record<CacheEvent["kind"], string>> = {
  miss: "first-call",
  evict: "evicted",
  expire: "expired",
  clear: "cleared",
  invalid: "invalid",
  release: "cleared",
};

const ev = (kind: CacheEvent["kind"], fields: Record<string, unknown> = {}): CacheEvent =>
  ({
    kind,
    functionName: "load",
    cache: "data",
    args: [{ name: "url", repr: '"/a.csv"' }],
    at: 0,
    sessionId: "s1",
    ...(DEFAULT_REASON[kind] ? { reason: DEFAULT_REASON[kind] } : {}),
    ...fields,
  }) as CacheEvent;

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

describe("arguments", () => {
  const a = (name: string, repr: string): KeyArgument => ({ name, repr });

  it("are written name=repr, comma-separated, strings keeping their quotes", () => {
    expect(keySummary([a("city", '"Paris, France"'), a("n", "3")])).toBe('city="Paris, France", n=3');
    expect(keySummary([])).toBe("");
  });

  it("changes are found from the arguments themselves, commas and equals signs inside values included", () => {
    expect(changedArguments([a("a", "1"), a("b", "2")], [a("a", "1"), a("b", "3")])).toEqual([
      { name: "b", before: "2", after: "3" },
    ]);
    expect(changedArguments([a("a", "1")], [a("a", "1"), a("b", "2")])).toEqual([
      { name: "b", before: undefined, after: "2" },
    ]);
    expect(changedArguments([a("a", "1"), a("b", "2")], [a("a", "1")])).toEqual([{ name: "b", before: "2" }]);
    expect(changedArguments([a("s", '"x, y=1"')], [a("s", '"x, y=2"')])).toEqual([
      { name: "s", before: '"x, y=1"', after: '"x, y=2"' },
    ]);
    expect(changedArguments([a("s", '"x"'), a("n", "1")], [a("s", '"x"'), a("n", "1")])).toEqual([]);
  });
});

describe("miss explanations", () => {
  // A Record over MissReason: a reason added to lib/streamlit fails to compile here until it has its sentence.
  const EXPLAINED: Record<MissReason, string> = {
    "first-call": "first call with these arguments: nothing was cached for them yet",
    "code-changed": "code changed: the function's source changed, so it has a new, empty cache",
    expired: "expired: the entry was older than its ttl, so it was removed and computed again",
    evicted: "evicted: maxEntries was reached and this entry was the least recently used one",
    cleared: "cleared: .clear() or Clear cache removed the entry",
    invalid: "validate returned false for the stored object, so it was dropped and computed again",
    "session-ended": "the session that owned this session-scoped entry ended",
  };

  it.each(Object.entries(EXPLAINED) as [MissReason, string][])("%s: its own code and sentence", (reason, text) => {
    expect(explainMiss(reason, n(1))).toEqual({ code: reason, text });
  });

  it("a first call after a call with other arguments names the argument", () => {
    const why = explainMiss("first-call", n(2), n(1));
    expect(why.code).toBe("argument-changed");
    expect(why.text).toBe("argument n changed (was 1, now 2)");
    expect(why.changes).toEqual([{ name: "n", before: "1", after: "2" }]);
    expect(explainMiss("first-call", n(1), n(1)).code).toBe("first-call");
    expect(explainMiss("first-call", n(1)).code).toBe("first-call");
  });

  it("added and left-out arguments are said so, several joined with semicolons", () => {
    const url = { name: "url", repr: '"/a.csv"' };
    expect(explainMiss("first-call", [url, ...n(1)], [url]).text).toBe("argument n was added (now 1)");
    expect(explainMiss("first-call", [url], [url, ...n(1)]).text).toBe("argument n was left out (was 1)");
    expect(explainMiss("first-call", [{ ...url, repr: '"/b.csv"' }, ...n(2)], [url, ...n(1)]).text).toBe(
      'argument url changed (was "/a.csv", now "/b.csv"); argument n changed (was 1, now 2)',
    );
  });

  it("other reasons ignore the previous call's arguments", () => {
    expect(explainMiss("expired", n(2), n(1)).code).toBe("expired");
  });
});

describe("grouping a run's events", () => {
  it("miss → compute → store, then a data hit → copy, a resource hit → same object", () => {
    const steps = groupRunEvents(
      [
        ev("miss", { reason: "first-call" }),
        ev("compute", { durationMs: 12, objectId: 7 }),
        ev("store", { objectId: 7 }),
        ev("hit", { objectId: 9 }),
        ev("copy", { durationMs: 0.3, objectId: 9 }),
        ev("hit", { cache: "resource", functionName: "model", args: [], objectId: 3 }),
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
    const a = { args: n(1) };
    const b = { args: n(2) };
    const steps = groupRunEvents(
      [
        ev("miss", a),
        ev("miss", b),
        ev("compute", { ...b, durationMs: 5, objectId: 2 }),
        ev("store", { ...b, objectId: 2 }),
        ev("evict", { args: n(0), objectId: 1, reason: "evicted" }),
        ev("compute", { ...a, durationMs: 9, objectId: 3 }),
        ev("store", { ...a, objectId: 3 }),
      ],
      new Map(),
    );
    expect(
      steps.map((s) => (s.type === "call" ? `${s.keySummary}:${s.chain.join(">")}` : `${s.kind} ${s.keySummary}`)),
    ).toEqual(["n=1:miss>compute 9 ms>store #3", "n=2:miss>compute 5 ms>store #2", "evict n=0"]);
  });

  it("a clear of a whole cache names which entries it emptied, as the panel always wrote it", () => {
    const steps = groupRunEvents(
      [
        ev("clear", { args: [], emptied: "cache" }),
        ev("clear", { args: [], emptied: "session" }),
        ev("clear", { args: n(1) }),
      ],
      new Map(),
    );
    expect(steps.map((s) => (s.type === "removal" ? `${s.keySummary}: ${s.text}` : s.type))).toEqual([
      "(all entries): cleared: every entry",
      "(this session's entries): cleared",
      "n=1: cleared",
    ]);
  });

  it("a miss whose computation failed is marked as not stored; a wait then hit is one step", () => {
    const steps = groupRunEvents(
      [
        ev("miss"),
        ev("wait", { args: n(1) }),
        ev("wait", { args: n(1) }),
        ev("hit", { args: n(1), objectId: 4 }),
        ev("copy", { args: n(1), objectId: 4 }),
      ],
      new Map(),
    ) as CallStep[];
    expect(steps).toHaveLength(2);
    expect(steps[0].handout).toBe("not-stored");
    expect(steps[1].chain).toEqual(["wait", "hit", "copy 0.0 ms → #4"]);
  });
});

describe("identity sentences", () => {
  it("says same object or a copy, as the issue words it", () => {
    expect(
      describeIdentity([
        { runNumber: 1, objectId: 7, handout: "computed" },
        { runNumber: 2, objectId: 7, handout: "same-object" },
      ]),
    ).toBe("run 1 and run 2 got object #7: the same object");
    expect(
      describeIdentity([
        { runNumber: 1, objectId: 7, handout: "computed" },
        { runNumber: 2, objectId: 9, handout: "copy" },
      ]),
    ).toBe("run 1 got #7, run 2 got #9, a copy");
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
    const events = Array.from({ length: 8 }, (_, i) => ev("hit", { cache: "resource", args: n(i), objectId: i + 1 }));
    const view = buildInspectorView(recordRun(EMPTY_HISTORY, result(1, events)), [], 0);
    expect(view.steps).toHaveLength(8);
    expect(view.announcement).toBe(
      "Run 1: load: hit, same object #1. load: hit, same object #2. load: hit, same object #3. load: hit, same object #4. load: hit, same object #5. and 3 more steps.",
    );
  });

  it("keeps at most the given number of runs", () => {
    let h = EMPTY_HISTORY;
    for (let i = 1; i <= 5; i++) h = recordRun(h, result(i, []), 3);
    expect(h.runs.map((r) => r.runNumber)).toEqual([3, 4, 5]);
  });

  it("a miss in a later run names the argument that changed since the previous run's call", () => {
    let h = recordRun(
      EMPTY_HISTORY,
      result(1, [
        ev("miss", { args: n(1), reason: "first-call" }),
        ev("compute", { args: n(1) }),
        ev("store", { args: n(1) }),
      ]),
    );
    h = recordRun(h, result(2, [ev("miss", { args: n(2), reason: "first-call" })]));
    const view = buildInspectorView(h, [], 0);
    const step = view.steps[0] as CallStep;
    expect(step.miss?.text).toBe("argument n changed (was 1, now 2)");
    expect(view.announcement).toBe("Run 2: load: miss (argument n changed (was 1, now 2)).");
  });

  it("entries: sizes, ages, ttl left, the expired flag, and the mutated object linked", () => {
    const h = recordRun(
      EMPTY_HISTORY,
      result(1, [ev("hit", { cache: "resource", objectId: 7 })], {
        elements: [
          {
            type: "warning",
            body: "changed",
            mutation: { functionName: "load", objectId: 7, changes: ["column removed: Lat"] },
          },
        ],
      }),
    );
    const view = buildInspectorView(
      h,
      [
        {
          functionName: "load",
          cache: "resource",
          scope: "global",
          entries: [
            {
              args: [{ name: "url", repr: '"/a.csv"' }],
              sizeBytes: 0,
              ageMs: 1000,
              ttlLeftMs: null,
              hits: 1,
              objectId: 7,
            },
          ],
        },
        {
          functionName: "square",
          cache: "data",
          scope: "global",
          entries: [
            { args: n(1), sizeBytes: 2048, ageMs: 61_000, ttlLeftMs: 0, hits: 0, objectId: 8 },
            { args: [], sizeBytes: 10, ageMs: 0, ttlLeftMs: 5_000, hits: 2, objectId: 9 },
            { args: n(2), sizeBytes: 8, ageMs: 0, ttlLeftMs: null, hits: 0, objectId: 0 },
          ],
        },
      ],
      3_600_000,
    );
    expect(view.entryCount).toBe(4);
    expect(view.clock).toBe("+1 h");
    expect(view.functions[0]).toMatchObject({
      api: "st.cacheResource",
      entries: [{ size: "shared", ttlLeft: "—", mutatedInRun: 1 }],
    });
    expect(view.functions[1].entries.map((e) => [e.args, e.size, e.age, e.ttlLeft, e.expired, e.object])).toEqual([
      ["n=1", "2.0 KB", "1 min 1 s", "expired", true, "#8"],
      ["(no arguments)", "10 B", "under 1 s", "5.0 s", false, "#9"],
      ["n=2", "8 B", "under 1 s", "—", false, "plain value"],
    ]);
    const sessions = buildInspectorView(
      h,
      [
        {
          functionName: "mine",
          cache: "resource",
          scope: "session",
          entries: [
            { args: n(1), sessionId: "s1", sizeBytes: 0, ageMs: 0, ttlLeftMs: null, hits: 0, objectId: 3 },
            { args: [], sessionId: "s2", sizeBytes: 0, ageMs: 0, ttlLeftMs: null, hits: 0, objectId: 4 },
          ],
        },
      ],
      0,
    );
    expect(sessions.functions[0].entries.map((e) => e.args)).toEqual(["[s1] n=1", "[s2] "]);
    expect(view.mutations).toEqual([
      expect.objectContaining({
        objectId: 7,
        inCache: true,
        text: "Run 1 changed object #7, returned by load, in place: column removed: Lat.",
      }),
    ]);
  });

  it("identity lines look at the last four runs", () => {
    let h = EMPTY_HISTORY;
    for (let r = 1; r <= 6; r++) h = recordRun(h, result(r, [ev("hit", { cache: "resource", objectId: 5 })]));
    expect(buildInspectorView(h, [], 0).identity.map((l) => l.text)).toEqual([
      "runs 3, 4, 5 and 6 got object #5: the same object",
    ]);
  });

  it("identity lines cover the calls of the latest run only", () => {
    let h = recordRun(
      EMPTY_HISTORY,
      result(1, [
        ev("miss"),
        ev("compute", { objectId: 1 }),
        ev("store", { objectId: 1 }),
        ev("miss", { functionName: "other" }),
      ]),
    );
    h = recordRun(h, result(2, [ev("hit", { objectId: 2 }), ev("copy", { objectId: 2 })]));
    expect(buildInspectorView(h, [], 0).identity.map((l) => l.text)).toEqual(["run 1 got #1, run 2 got #2, a copy"]);
  });
});
