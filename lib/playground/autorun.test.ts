import { describe, expect, it } from "vitest";
import { autorunDecision, type AutorunInput } from "./autorun";

const base: AutorunInput = {
  near: true,
  journalChecked: true,
  crashed: false,
  autorun: true,
  runRequested: false,
  shared: false,
  edited: false,
};

describe("autorunDecision", () => {
  it("runs the example's own code when the embedding page asks", () => {
    expect(autorunDecision(base)).toBe("run");
  });
  it("waits until the playground is near and the journal is read", () => {
    expect(autorunDecision({ ...base, near: false })).toBeNull();
    expect(autorunDecision({ ...base, journalChecked: false })).toBeNull();
  });
  it("never runs after that code crashed the page", () => {
    expect(autorunDecision({ ...base, crashed: true })).toBeNull();
  });
  it("never runs a share link's code or the reader's edit on its own", () => {
    expect(autorunDecision({ ...base, shared: true })).toBe("skip-shared");
    expect(autorunDecision({ ...base, edited: true })).toBe("skip-edit");
  });
  it("a Run pressed on the shell runs the reader's own code, edited or not, even after a crash", () => {
    const pressed = { ...base, autorun: false, runRequested: true };
    expect(autorunDecision({ ...pressed, edited: true })).toBe("run");
    expect(autorunDecision({ ...pressed, crashed: true })).toBe("run");
    expect(autorunDecision({ ...pressed, shared: true })).toBe("skip-shared");
  });
  it("a press runs a playground off screen too (Run both on a phone, where the second side is far below)", () => {
    expect(autorunDecision({ ...base, autorun: false, runRequested: true, near: false })).toBe("run");
    expect(autorunDecision({ ...base, autorun: false, runRequested: true, journalChecked: false })).toBeNull();
  });
  it("does nothing when nobody asked", () => {
    expect(autorunDecision({ ...base, autorun: false })).toBeNull();
  });
});
