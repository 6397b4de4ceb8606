import { describe, expect, it } from "vitest";
import { listExamples } from "@/lib/content/load-example";
import { listExampleRoutes, listPairs, multiSessionOf, tutorialHrefOf } from "./catalog";

describe("embed catalog", () => {
  it("has one route per example", () => {
    expect(listExampleRoutes().map(({ group, name }) => `${group}/${name}`)).toEqual(listExamples());
  });

  it("finds the side-by-side pairs the tutorials use", () => {
    expect(listPairs()).toContainEqual({
      name: "uber-cache-resource-vs-uber-cache-data",
      left: "mutation/uber-cache-resource",
      right: "mutation/uber-cache-data",
      tutorial: "mutating-cached-values",
    });
  });

  it("links an example back to the tutorial that shows it, or to the home page", () => {
    expect(tutorialHrefOf("mutation/uber-cache-data")).toBe(
      "/tutorials/mutating-cached-values#playground-mutation-uber-cache-data",
    );
    expect(tutorialHrefOf("no/such-example")).toBe("/");
  });
});

describe("multi-session embeds", () => {
  it("take the sessions, schedule and heading the tutorial gives the example", () => {
    expect(multiSessionOf("concurrency/lost-update")).toEqual({
      example: "concurrency/lost-update",
      title: "A read, a write, and a session in between",
      schedule: "A until line 8, then B, then A",
      sessions: undefined,
    });
    // Single-quoted, and over several lines with a predict={{ ... }} in the tag.
    expect(multiSessionOf("concurrency/fix-session-scope")?.title).toBe('Fix: scope: "session"');
    expect(multiSessionOf("concurrency/uber-shared-frame")).toMatchObject({
      title: "The Uber frame, shared by two readers",
      schedule: "A, then B",
    });
    expect(multiSessionOf("mutation/uber-cache-data")).toBeNull();
  });
});
