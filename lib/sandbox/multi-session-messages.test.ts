import { describe, expect, it } from "vitest";
import {
  hostMessage,
  isMultiHostMessage,
  parseHostMessage,
  parseWorkerMessage,
  PROTOCOL_VERSION,
  workerMessage,
  type HostMessage,
} from "./protocol";

const run = hostMessage("multi-run", 4, {
  sessions: ["A", "B"],
  source: "st.text(1)",
  schedule: { plan: [{ session: "A", untilLine: 2 }, { session: "B" }] },
  manual: false,
});

describe("multi-session messages", () => {
  it("accepts well-formed runs and tells multi-session requests apart", () => {
    expect(parseHostMessage(run)).toEqual({ ok: true, message: run });
    const withWidgets = { ...run, widgets: { A: { "button:Add": true } } };
    expect(parseHostMessage(withWidgets)).toEqual({ ok: true, message: withWidgets });
    expect(parseHostMessage(hostMessage("multi-next", 4, {})).ok).toBe(true);
    expect(isMultiHostMessage(run)).toBe(true);
    expect(isMultiHostMessage(hostMessage("run", 1, { source: "", widgets: {} }) as HostMessage)).toBe(false);
  });

  it.each([
    ["lower-case session names", { ...run, sessions: ["a"] }, /one capital letter/],
    ["no sessions", { ...run, sessions: [] }, /1 to 8 session names/],
    ["a schedule of the wrong shape", { ...run, schedule: { plan: [{ who: "A" }] } }, /needs a schedule/],
    ["a fractional seed", { ...run, schedule: { seed: 1.5 } }, /needs a schedule/],
    ["no manual flag", { ...run, manual: "yes" }, /manual: true or false/],
    ["a source that is not text", { ...run, source: 3 }, /source as a string/],
    ["widgets that are not by session", { ...run, widgets: { A: 1 } }, /widget values by session name/],
  ])("refuses %s", (_, message, reason) => {
    const parsed = parseHostMessage(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(reason);
  });

  it("refuses another protocol version with a version-mismatch", () => {
    const parsed = parseHostMessage({ ...run, v: PROTOCOL_VERSION + 1 });
    expect(parsed).toMatchObject({ ok: false, error: { code: "version-mismatch" } });
  });

  it("checks what the page branches on in worker messages", () => {
    expect(parseWorkerMessage(workerMessage("multi-result", 1, { results: {} })).ok).toBe(true);
    expect(
      parseWorkerMessage(workerMessage("multi-result", 1, { results: { A: { elements: "none" } as never } })).ok,
    ).toBe(false);
    expect(parseWorkerMessage({ type: "multi-step", v: PROTOCOL_VERSION, runId: 1, step: null }).ok).toBe(false);
    expect(parseWorkerMessage({ type: "multi-failure", v: PROTOCOL_VERSION, runId: 1, error: "no" }).ok).toBe(false);
    // Each session's cache events get the same check as a single run's.
    const miss = { kind: "miss", functionName: "f", cache: "data", args: [], at: 0, sessionId: "A" };
    const result = (reason: string) => ({
      A: { elements: [], events: [{ ...miss, reason }], runNumber: 1, durationMs: 1 },
    });
    expect(parseWorkerMessage(workerMessage("multi-result", 1, { results: result("first-call") as never })).ok).toBe(
      true,
    );
    expect(
      parseWorkerMessage(workerMessage("multi-result", 1, { results: result("first call") as never })),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("Session A: Cache event 1 is malformed") },
    });
  });
});
