import { describe, expect, it } from "vitest";
import { listExamples } from "@/lib/content/load-example";
import { listExampleRoutes, listPairs, tutorialHrefOf } from "./catalog";

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
