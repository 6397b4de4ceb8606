import { describe, expect, it, vi } from "vitest";
import { createEditStore } from "@/lib/storage/edit-store";
import { memoryStorage } from "@/lib/storage/test-storage";
import { applySolution, onSolutionApplied, solutionDiff } from "./solutions";

const ORIGINAL = "const df = await load();\ndf.drop();\nshow(df);\n";
const SOLUTION = "const df = (await load()).copy();\ndf.drop();\nshow(df);\n";

describe("solutionDiff", () => {
  it("shows the reader's line removed and the solution's added, the rest kept", () => {
    const diff = solutionDiff(ORIGINAL, SOLUTION);
    expect(diff.matches).toBe(false);
    expect(diff.lines).toEqual([
      { kind: "removed", text: "const df = await load();" },
      { kind: "added", text: "const df = (await load()).copy();" },
      { kind: "same", text: "df.drop();" },
      { kind: "same", text: "show(df);" },
    ]);
  });

  it("says when the reader's code is the solution already, a trailing newline aside", () => {
    expect(solutionDiff(SOLUTION.trimEnd(), SOLUTION).matches).toBe(true);
  });
});

describe("applySolution", () => {
  it("saves the solution as the reader's edit, so a reload shows it and Reset forgets it", () => {
    const storage = memoryStorage();
    applySolution(createEditStore(storage), new EventTarget(), "m/x", ORIGINAL, SOLUTION);
    const reloaded = createEditStore(storage);
    expect(reloaded.load("m/x", ORIGINAL)).toMatchObject({ code: SOLUTION, edited: true });
    reloaded.reset("m/x");
    expect(reloaded.load("m/x", ORIGINAL).code).toBe(ORIGINAL);
  });

  it("tells a live playground of the same example, and only that one", () => {
    const target = new EventTarget();
    const mine = vi.fn();
    const other = vi.fn();
    const stop = onSolutionApplied(target, "m/x", mine);
    onSolutionApplied(target, "m/y", other);
    applySolution(createEditStore(memoryStorage()), target, "m/x", ORIGINAL, SOLUTION);
    expect(mine).toHaveBeenCalledExactlyOnceWith(SOLUTION);
    expect(other).not.toHaveBeenCalled();
    stop();
    applySolution(createEditStore(memoryStorage()), target, "m/x", ORIGINAL, SOLUTION);
    expect(mine).toHaveBeenCalledOnce();
  });
});
