/** Hostile thrown values: whatever a script throws is reported as its error, never as the sandbox's failure. */
import { describe, expect, it } from "vitest";
import { testServer } from "./test-support/harness";

const run = async (script: string) => (await testServer().server.createSession().run(script)).error;

describe("a thrown value that fights back", () => {
  it("an Error whose name and stack getters throw is still reported with its message", async () => {
    const error = await run(`const bad = new Error("the real message");
// Stack first: redefining it makes V8 format the old stack, which reads the name.
Object.defineProperty(bad, "stack", { get() { throw new Error("no stack"); } });
Object.defineProperty(bad, "name", { get() { throw new Error("no name"); } });
throw bad;`);
    expect(error).toMatchObject({ type: "Error", message: "the real message" });
  });

  it("an Error whose message getter throws keeps its name", async () => {
    const error = await run(`const bad = new TypeError("x");
Object.defineProperty(bad, "message", { get() { throw new Error("no message"); } });
throw bad;`);
    // V8 builds the stack text from the message, so the line is lost with it; the type is not.
    expect(error).toMatchObject({ type: "TypeError", message: "" });
  });

  it("a Proxy whose every trap throws is reported as an unreadable value", async () => {
    const error = await run(`const trap = () => { throw new Error("trap"); };
throw new Proxy({}, { get: trap, getPrototypeOf: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, has: trap });`);
    expect(error).toEqual({
      type: "Error",
      message: "The script threw a value that cannot be read (its properties throw when read).",
    });
  });

  it("an object whose toJSON and toString throw is still reported", async () => {
    const error = await run(`throw { toJSON() { throw new Error("a"); }, toString() { throw new Error("b"); } };`);
    expect(error).toEqual({
      type: "Error",
      message: "The script threw a value that cannot be read (its properties throw when read).",
    });
  });
});
