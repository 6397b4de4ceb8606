import { describe, expect, it } from "vitest";
import type { RunResult } from "@/lib/streamlit/types";
import { statusText } from "./status-text";

const result = (runNumber: number, error?: RunResult["error"]): RunResult => ({
  elements: [],
  events: [],
  runNumber,
  durationMs: 1,
  ...(error ? { error } : {}),
});

describe("statusText", () => {
  it("says the server is starting until it is ready, then what kind of run is going", () => {
    expect(statusText("booting", { manual: false }, {})).toBe("Starting the server…");
    expect(statusText("ready", { manual: true }, {})).toMatch(/^Stepping\. Press Next step/);
    expect(statusText("ready", { manual: false }, {})).toBe("Running…");
  });

  it("sums up each session's last run in name order, failures by type", () => {
    expect(statusText("ready", null, {})).toBe("Every session runs the code above on one shared server.");
    expect(statusText("ready", null, { B: result(1, { type: "KeyError", message: "'Lat'" }), A: result(2) })).toBe(
      "Done. Session A: run 2; Session B: run 1, failed with KeyError.",
    );
  });
});
