import { afterEach, describe, expect, it } from "vitest";
import { loadExample } from "@/lib/content/load-example";
import { testServer } from "@/lib/streamlit/test-support/harness";
import type { RunResult } from "@/lib/streamlit/types";
import { canAsk, choicesOf, grade, handedObject, promptOf, type Question } from "./predictions";

// Graded against real runs of the tutorials' own examples on the emulation.
const link = { href: "#x", section: "X" };
const servers: { dispose: () => void }[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.dispose()));

function sessions(example: string, count = 1) {
  const { server, clock } = testServer();
  servers.push(server);
  const source = loadExample(example).source;
  const all = Array.from({ length: count }, () => server.createSession());
  return { clock, run: (i = 0): Promise<RunResult> => all[i].run(source) };
}

describe("hit or miss", () => {
  const question: Question = { kind: "hit-or-miss", fn: "square", ...link };

  it("grades the first run a miss, with its reason and key, and a rerun a hit", async () => {
    const app = sessions("basics/rerun-counter");
    const first = await app.run();
    expect(grade(question, "miss", first)).toEqual({
      correct: true,
      actual: "miss",
      explanation: "A miss: nothing was stored yet for n = 3, so the body of square ran.",
    });
    expect(grade(question, "hit", first)?.correct).toBe(false);
    const second = await app.run();
    expect(grade(question, "hit", second)).toMatchObject({ correct: true, actual: "hit" });
    expect(grade(question, "miss", second)).toMatchObject({ correct: false, actual: "hit" });
    expect(grade(question, "hit", second)?.explanation).toBe(
      "A hit: square had a stored value for n = 3, so its body did not run.",
    );
  });

  it("says why a miss missed: an expired ttl", async () => {
    const app = sessions("tuning/ttl");
    const ttl: Question = { kind: "hit-or-miss", fn: "pickupsPerHour", ...link };
    await app.run();
    app.clock.advance(2 * 3_600_000);
    const late = await app.run();
    expect(grade(ttl, "miss", late)).toMatchObject({ correct: true, actual: "miss" });
    expect(grade(ttl, "miss", late)?.explanation).toMatch(/^A miss: the entry had outlived its ttl for url = /);
  });

  it("gives no grade when the function was never called", async () => {
    const first = await sessions("basics/rerun-counter").run();
    expect(grade({ kind: "hit-or-miss", fn: "nothere", ...link }, "hit", first)).toBeNull();
  });
});

describe("same object or a copy", () => {
  it("st.cacheResource hands the next run the same object", async () => {
    const app = sessions("mutation/uber-cache-resource");
    const question: Question = { kind: "same-or-copy", fn: "loadData", ...link };
    const first = await app.run();
    expect(canAsk(question, undefined)).toBe(false);
    expect(canAsk(question, first)).toBe(true);
    const second = await app.run();
    expect(handedObject(second, "loadData")).toBe(handedObject(first, "loadData"));
    expect(grade(question, "same", second, first)).toMatchObject({ correct: true, actual: "same" });
    expect(grade(question, "copy", second, first)).toMatchObject({ correct: false, actual: "same" });
  });

  it("st.cacheData hands each run a new copy", async () => {
    const app = sessions("mutation/uber-cache-data");
    const question: Question = { kind: "same-or-copy", fn: "loadData", ...link };
    const first = await app.run();
    const second = await app.run();
    const third = await app.run();
    expect(handedObject(second, "loadData")).not.toBe(handedObject(first, "loadData"));
    expect(grade(question, "copy", second, first)).toMatchObject({ correct: true, actual: "copy" });
    expect(grade(question, "same", third, second)).toMatchObject({ correct: false, actual: "copy" });
    expect(grade(question, "copy", second, first)?.explanation).toMatch(
      /^A copy: loadData handed this run object #\d+, not last run's #\d+/,
    );
    expect(grade(question, "copy", second, undefined)).toBeNull();
  });
});

describe("will it fail", () => {
  it("the mutated cacheResource frame: run 1 runs, run 2 fails with its KeyError", async () => {
    const app = sessions("mutation/uber-cache-resource");
    const question: Question = { kind: "fail", ...link };
    const first = await app.run();
    expect(grade(question, "works", first)).toEqual({
      correct: true,
      actual: "works",
      explanation: "This run ran to the end without an error.",
    });
    const second = await app.run();
    expect(grade(question, "works", second)).toMatchObject({ correct: false, actual: "fails" });
    expect(grade(question, "fails", second)?.explanation).toBe(
      `This run failed at line 14: KeyError: "['Lat'] not found in axis".`,
    );
  });

  it("names the session: B fails on the frame A changed", async () => {
    const app = sessions("concurrency/uber-shared-frame", 2);
    const question: Question = { kind: "fail", session: "B", ...link };
    await app.run(0);
    const b = await app.run(1);
    expect(grade(question, "fails", b)).toMatchObject({ correct: true, actual: "fails" });
    expect(grade(question, "works", b)?.explanation).toMatch(/^Session B's run failed at line \d+: KeyError: /);
    expect(promptOf(question)).toBe("Will session B's run fail?");
  });
});

it("offers two answers for every kind, each value one grade can return", () => {
  for (const kind of ["hit-or-miss", "same-or-copy", "fail"] as const)
    expect(choicesOf({ kind, fn: "f", ...link }).map((c) => c.value)).toHaveLength(2);
});
