import { describe, expect, it } from "vitest";
import { describeSchedule, parseSchedule } from "./schedule-text";
import { seededRandom } from "./scheduler";
import { ok, testServer, texts } from "./test-support/harness";
import type { Schedule } from "./types";

const RMW = `const getCounter = st.cacheResource(() => ({ n: 0 }));
const counter = await getCounter();
const seen = counter.n;
counter.n = seen + 1;
st.text(counter.n);
`;
const LOCKED = `const getCounter = st.cacheResource(() => ({ n: 0 }));
const counter = await getCounter();
const lock = await st.cacheResource(function getLock() { return new st.Lock(); })();
await lock.acquire();
const seen = counter.n;
counter.n = seen + 1;
lock.release();
st.text(counter.n);
`;

async function race(source: string, schedule: Schedule, names = ["A", "B"]) {
  const { server } = testServer();
  const runs = names.map((name) => ({ name, session: server.createSession(), source }));
  const { results, steps } = await server.runInterleaved(runs, { schedule }).done;
  return { shown: names.map((n) => texts(results[n]).join(",")), steps, results };
}

describe("parseSchedule", () => {
  it("reads plans in words or short form, and seeds", () => {
    const plan = { plan: [{ session: "A", untilLine: 4 }, { session: "B" }, { session: "A" }] };
    expect(parseSchedule("A until line 4, then B to the end, then A")).toEqual(plan);
    expect(parseSchedule("a:4, b, a")).toEqual(plan);
    expect(parseSchedule("seed 42")).toEqual({ seed: 42 });
    expect(describeSchedule(plan)).toBe("A until line 4, then B to the end, then A to the end");
    expect(() => parseSchedule("A after lunch")).toThrow(/Cannot read "A after lunch"/);
  });

  it("seededRandom repeats for a seed and differs between seeds", () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
  });
});

describe("interleaved runs", () => {
  it("a plan that lets B in between A's read and write loses an update, the same way 20 times", async () => {
    const schedule = parseSchedule("A until line 4, then B, then A");
    const first = await race(RMW, schedule);
    expect(first.shown).toEqual(["1", "1"]);
    for (let i = 0; i < 19; i++) {
      const again = await race(RMW, schedule);
      expect(again.shown).toEqual(first.shown);
      expect(again.steps).toEqual(first.steps);
    }
  });

  it("the lock prevents that lost update under the same kind of schedule: B waits, then counts to 2", async () => {
    const schedule = parseSchedule("A until line 6, then B, then A");
    for (let i = 0; i < 20; i++) {
      const { shown, steps } = await race(LOCKED, schedule);
      expect(shown).toEqual(["1", "2"]);
      expect(steps.find((s) => s.status === "blocked")).toMatchObject({ session: "B", line: 4 });
    }
  });

  it("without the lock, every seed of a small sample that interleaves the read and write loses an update", async () => {
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) outcomes.add((await race(RMW, { seed })).shown.join("/"));
    // Some seeds run the two one after the other (1/2 or 2/1), others interleave them (1/1).
    expect(outcomes.has("1/1")).toBe(true);
    expect([...outcomes].some((o) => o === "1/2" || o === "2/1")).toBe(true);
  });

  it("with the lock, no seed loses an update: the count always reaches 2", async () => {
    const { server } = testServer();
    for (let seed = 1; seed <= 12; seed++) {
      const runs = ["A", "B"].map((name) => ({
        name,
        session: server.createSession(),
        source: LOCKED.replace("st.text(counter.n);", "st.text(seen + 1);"),
      }));
      const { results } = await server.runInterleaved(runs, { schedule: { seed } }).done;
      expect([texts(results.A)[0], texts(results.B)[0]].map(Number).sort((x, y) => x - y)).toEqual([
        2 * seed - 1,
        2 * seed,
      ]);
    }
  });

  it("a lock no running session can release fails the stuck sessions with a deadlock error instead of hanging", async () => {
    const source = `const lock = await st.cacheResource(function getLock() { return new st.Lock(); })();\nawait lock.acquire();\nst.text("got it");\n`;
    const { results } = await race(source, parseSchedule("A, B"));
    expect(texts(ok(results.A))).toEqual(["got it"]);
    expect(results.B.error).toMatchObject({
      type: "RuntimeError",
      message: expect.stringMatching(/^deadlock/),
      line: 2,
    });
  });

  it("releasing a free lock is Python's RuntimeError", async () => {
    const { server } = testServer();
    const result = await server.createSession().run(`const lock = new st.Lock();\nlock.release();\n`);
    expect(result.error).toMatchObject({ type: "RuntimeError", message: "release unlocked lock", line: 2 });
  });

  it("st.withLock holds the lock around its work, and the lock is no mutation to warn about", async () => {
    const { server } = testServer();
    const source = `const lock = await st.cacheResource(function getLock() { return new st.Lock(); })();\nconst inside = await st.withLock(lock, () => lock.locked());\nst.text(\`\${inside} \${lock.locked()}\`);\n`;
    const result = ok(await server.createSession().run(source));
    expect(result.elements).toEqual([{ type: "text", body: "true false" }]);
  });

  it("manual mode grants one step per next(), with what each step called and showed", async () => {
    const { server } = testServer();
    const runs = ["A", "B"].map((name) => ({ name, session: server.createSession(), source: RMW }));
    const run = server.runInterleaved(runs, {
      schedule: parseSchedule("A until line 4, then B, then A"),
      manual: true,
    });
    const first = await run.next();
    expect(first).toMatchObject({
      index: 0,
      session: "A",
      line: 1,
      calls: ["st.cacheResource"],
      status: "paused",
      nextLine: 2,
    });
    expect(run.steps).toHaveLength(1);
    const seen = [first];
    for (let step = await run.next(); step; step = await run.next()) seen.push(step);
    // Line 2 awaits: the session gives way once before the line and once after its await settles.
    expect(seen.map((s) => `${s!.session}${s!.line}`)).toEqual([
      "A1",
      "A2",
      "A2",
      "A3",
      "B1",
      "B2",
      "B2",
      "B3",
      "B4",
      "B5",
      "A4",
      "A5",
    ]);
    expect(seen[1]).toMatchObject({ status: "paused", nextLine: 2, afterAwait: true, calls: ["getCounter"] });
    expect(seen.at(-1)).toMatchObject({ session: "A", saw: ["1"], status: "done" });
    expect(await run.next()).toBeUndefined();
  });

  it("runToEnd lets a stepped run finish", async () => {
    const { server } = testServer();
    const run = server.runInterleaved([{ name: "A", session: server.createSession(), source: RMW }], { manual: true });
    await run.next();
    run.runToEnd();
    const { results, steps } = await run.done;
    expect(texts(results.A)).toEqual(["1"]);
    expect(steps).toHaveLength(6);
  });

  it("a script that does not compile ends its session with the SyntaxError as its only step", async () => {
    const { server } = testServer();
    const { results, steps } = await server.runInterleaved([
      { name: "A", session: server.createSession(), source: "const = 1;" },
    ]).done;
    expect(results.A.error?.type).toBe("SyntaxError");
    expect(steps).toMatchObject([{ session: "A", status: "error" }]);
  });

  it("an endless loop stops at the step limit with an error at its line, for every session", async () => {
    const { server } = testServer();
    const source = `let n = 0;\nwhile (true) {\n  n += 1;\n}\n`;
    const runs = ["A", "B"].map((name) => ({ name, session: server.createSession(), source }));
    const { results, steps } = await server.runInterleaved(runs, { schedule: { seed: 3 } }).done;
    expect(results.A.error).toMatchObject({ type: "StepLimitError", line: 3 });
    expect(results.B.error).toMatchObject({ type: "StepLimitError", line: 3 });
    expect(steps.length).toBeLessThanOrEqual(5_002);
  });

  it("normal runs are not instrumented: a plain session run never steps", async () => {
    const { server } = testServer();
    const result = ok(await server.createSession().run(`st.text(typeof __step);\n`));
    expect(texts(result)).toEqual(["undefined"]);
  });
});

describe('scope: "session" under interleaving', () => {
  it("gives each session its own entry and drops it when the session closes", async () => {
    const { server } = testServer();
    const source = RMW.replace("({ n: 0 }))", `({ n: 0 }), { scope: "session" })`);
    const a = server.createSession();
    const b = server.createSession();
    const { results } = await server.runInterleaved(
      [
        { name: "A", session: a, source },
        { name: "B", session: b, source },
      ],
      { schedule: parseSchedule("A until line 4, then B, then A") },
    ).done;
    expect([texts(results.A), texts(results.B)]).toEqual([["1"], ["1"]]);
    const entries = () => server.snapshot().find((f) => f.functionName === "getCounter")!.entries.length;
    expect(entries()).toBe(2);
    a.close();
    expect(entries()).toBe(1);
    b.close();
    expect(entries()).toBe(0);
  });
});
