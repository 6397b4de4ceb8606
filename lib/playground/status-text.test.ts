import { describe, expect, it } from "vitest";
import type { RunResult } from "@/lib/streamlit/types";
import { statusText, WAITING_TEXT } from "./status-text";

const output = (result: Partial<RunResult>) => ({
  result: { elements: [], events: [], runNumber: 2, durationMs: 38, ...result },
  runId: 2,
  source: "",
  wallMs: 40,
  earlierWarnings: [],
});

describe("statusText", () => {
  it("says what the server is doing before the first run", () => {
    expect(statusText("waiting", null, null, 0)).toBe(WAITING_TEXT);
    expect(statusText("booting", null, null, 0)).toBe("Starting the server…");
    expect(statusText("loading-danfo", null, null, 0)).toBe("Server started; loading danfojs…");
    expect(statusText("ready", null, null, 0)).toBe("Server ready");
  });
  it("counts a run's time, and says when the server is still starting under it", () => {
    expect(statusText("ready", 1_000, null, 2_200)).toBe("Running for 1.2 s");
    expect(statusText("booting", 1_000, null, 1_000)).toBe(
      "Running for 0.0 s (the server is starting and loading danfojs first)",
    );
  });
  it("gives the last run's number and time, and whether it failed", () => {
    expect(statusText("ready", null, output({}), 0)).toBe("Run 2 done in 38 ms");
    expect(statusText("ready", null, output({ durationMs: 1_500, error: { type: "KeyError", message: "x" } }), 0)).toBe(
      "Run 2 done in 1.5 s, with an error",
    );
  });
});
