import { describe, expect, it, vi } from "vitest";
import { BLOCKED_GLOBALS, lockDownGlobal, SandboxPermissionError, siteDataFetch } from "./lockdown";

/** A stand-in for a worker global: network functions on the object and on its prototype, as browsers put them. */
function fakeScope() {
  class FakeEventTarget {}
  class FakeGlobalScope extends FakeEventTarget {}
  const proto = FakeGlobalScope.prototype as unknown as Record<string, unknown>;
  proto.fetch = () => "network";
  proto.importScripts = () => "network";
  const scope = new FakeGlobalScope() as unknown as Record<string, unknown>;
  for (const name of BLOCKED_GLOBALS)
    if (name !== "importScripts")
      scope[name] = function original() {
        return "network";
      };
  scope.MessagePort = class {
    postMessage() {}
  };
  scope.EventTarget = FakeEventTarget;
  scope.JSON = { ...JSON };
  scope.postMessage = () => undefined;
  return scope;
}

describe("lockDownGlobal", () => {
  it("replaces every network global, on the object and its prototypes, with a stub that throws PermissionError and cannot be put back", () => {
    const scope = fakeScope();
    lockDownGlobal(scope);
    for (const name of BLOCKED_GLOBALS) {
      const value = scope[name] as () => unknown;
      expect(() => value(), name).toThrow(SandboxPermissionError);
      expect(() => value(), name).toThrow(/is not available in Cache Lab's sandbox/);
      expect(() => {
        "use strict";
        scope[name] = () => "network";
      }).toThrow(TypeError);
      expect(() => Object.defineProperty(scope, name, { value: () => "network" })).toThrow(TypeError);
      for (let p = Object.getPrototypeOf(scope); p; p = Object.getPrototypeOf(p))
        expect(Object.getOwnPropertyDescriptor(p, name), name).toBeUndefined();
    }
    // The object-valued ones refuse their methods as clearly: `indexedDB.open(...)`, `caches.open(...)`.
    const indexedDB = scope.indexedDB as unknown as { open(name: string): unknown };
    expect(() => indexedDB.open("x")).toThrow(/`indexedDB.open` is not available in Cache Lab's sandbox/);
    expect(typeof scope.caches).toBe("function");
    try {
      (scope.fetch as () => unknown)();
    } catch (error) {
      expect((error as Error).name).toBe("PermissionError");
    }
  });

  it("freezes the channel's prototypes and pins postMessage and JSON", () => {
    const scope = fakeScope();
    lockDownGlobal(scope);
    const port = (scope.MessagePort as { prototype: Record<string, unknown> }).prototype;
    expect(() => Object.defineProperty(port, "postMessage", { value: () => "wrapped" })).toThrow(TypeError);
    expect(() => Object.defineProperty(scope, "postMessage", { value: () => "wrapped" })).toThrow(TypeError);
    expect(() => Object.defineProperty(scope.JSON, "stringify", { value: () => "wrapped" })).toThrow(TypeError);
  });

  it("with the site's origin, importScripts still loads the site's own build chunks, and nothing else", () => {
    const scope = fakeScope();
    const loaded: string[] = [];
    scope.importScripts = (...urls: string[]) => void loaded.push(...urls);
    lockDownGlobal(scope, "https://cache-lab.test");
    const load = scope.importScripts as (...urls: string[]) => void;
    load("/_next/static/chunks/danfo.js");
    expect(loaded).toEqual(["/_next/static/chunks/danfo.js"]);
    for (const url of [
      "https://elsewhere.test/_next/static/x.js",
      "/data/x.js",
      "//elsewhere.test/_next/static/x.js",
      "/_next/static/../../x.js",
    ]) {
      expect(() => load(url), url).toThrow(SandboxPermissionError);
    }
    expect(() => load("/_next/static/ok.js", "https://elsewhere.test/x.js")).toThrow(SandboxPermissionError);
    expect(loaded).toHaveLength(1);
  });
});

describe("siteDataFetch", () => {
  it("reads the site's own /data/ files and refuses anything else before any request", async () => {
    const fetchFn = vi.fn(async (url: URL) => new Response(url.href));
    const read = siteDataFetch(fetchFn, "https://cache-lab.test");
    await expect((await read("/data/uber.csv")).text()).resolves.toBe("https://cache-lab.test/data/uber.csv");
    await expect(read("https://elsewhere.test/data/uber.csv")).rejects.toThrow(
      "Reading https://elsewhere.test/data/uber.csv is not available",
    );
    await expect(read("/tutorials/secret")).rejects.toThrow(SandboxPermissionError);
    await expect(read("//elsewhere.test/data/x.csv")).rejects.toThrow(SandboxPermissionError);
    await expect(read("/data/../index.html")).rejects.toThrow(SandboxPermissionError);
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });
});
