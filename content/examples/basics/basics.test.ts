import { describe, expect, it } from "vitest";
import { loadExample } from "@/lib/content/load-example";
import { testServer } from "@/lib/streamlit/test-support/harness";
import type { RunResult } from "@/lib/streamlit/types";

// The first tutorial's playground: what a rerun keeps (session state, the cache) and what it loses
// (a plain variable), as the tutorial tells the reader to watch for.
const shown = (result: RunResult) =>
  result.elements.flatMap((e) => (e.type === "metric" ? [`${e.label}: ${e.value}`] : e.type === "text" ? [e.body] : []));
const sliderId = (result: RunResult) => {
  const slider = result.elements.find((e) => e.type === "slider");
  if (!slider || slider.type !== "slider") throw new Error("no slider");
  return slider.id;
};

describe("basics/rerun-counter", () => {
  it("counts reruns in session state only, and a hit still says which run worked the value out", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const source = loadExample("basics/rerun-counter").source;
    const first = await session.run(source, {});
    expect(shown(first)).toEqual(["Runs, counted in session state: 1", "Runs, counted in a plain variable: 1", "3 squared is 9 (worked out during run 1)"]);
    const second = await session.run(source, {});
    expect(shown(second)).toEqual(["Runs, counted in session state: 2", "Runs, counted in a plain variable: 1", "3 squared is 9 (worked out during run 1)"]);
    const third = await session.run(source, { widgets: { [sliderId(second)]: 4 } });
    expect(shown(third)).toEqual(["Runs, counted in session state: 3", "Runs, counted in a plain variable: 1", "4 squared is 16 (worked out during run 3)"]);
    const fourth = await session.run(source, { widgets: { [sliderId(third)]: 3 } });
    expect(shown(fourth).at(-1)).toBe("3 squared is 9 (worked out during run 1)");
    server.dispose();
  });
});
