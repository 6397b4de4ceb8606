/**
 * Runs the built public/embed.js (as buildEmbedScript makes it) in a Node vm against a small fake
 * page: the few DOM members the script touches, and nothing more. e2e/embed.spec.ts runs the same
 * file in Chromium on a real host page.
 */
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_EMBED_HEIGHT } from "@/lib/embed/resize-protocol";
import { buildEmbedScript } from "./build-embed-script";

const SITE = "https://lab.example";

interface FakeFrame {
  tagName: "IFRAME";
  nodeType: 1;
  src: string;
  contentWindow: object;
  style: { height?: string };
  attributes: Record<string, string>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}

function frame(src: string): FakeFrame {
  return {
    tagName: "IFRAME",
    nodeType: 1,
    src,
    contentWindow: {},
    style: {},
    attributes: {},
    getAttribute(name) {
      return name === "src" ? this.src : null;
    },
    setAttribute(name, value) {
      this.attributes[name] = value;
    },
  };
}

/** A host page with `frames`, on which the script is run `times` times; returns how to drive it. */
function page(code: string, frames: FakeFrame[], times = 1) {
  const listeners: ((event: object) => void)[] = [];
  let observed: ((records: object[]) => void) | undefined;
  const window = {
    addEventListener: (type: string, listener: (event: object) => void) =>
      type === "message" && listeners.push(listener),
  };
  const document = {
    currentScript: { src: `${SITE}/embed.js` },
    readyState: "complete",
    documentElement: {},
    querySelectorAll: (selector: string) => (selector === "iframe" ? frames : []),
    addEventListener: () => {},
  };
  class MutationObserver {
    constructor(callback: (records: object[]) => void) {
      observed = callback;
    }
    observe() {}
  }
  const context = vm.createContext({
    window,
    document,
    location: { href: "https://docs.example/guide" },
    URL,
    MutationObserver,
  });
  for (let i = 0; i < times; i++) vm.runInContext(code, context);
  return {
    listeners,
    post: (data: unknown, source: object, origin = SITE) =>
      listeners.forEach((listener) => listener({ data, source, origin })),
    mutate: (records: object[]) => observed?.(records),
  };
}

const resize = (height: number) => ({ source: "cache-lab", v: 1, type: "resize", height });

describe("public/embed.js, as built from lib/embed/embed-script.ts", () => {
  let code = "";
  beforeAll(async () => {
    code = await buildEmbedScript();
  });

  it("is one self-contained script with the protocol's own validator inside", () => {
    expect(code).toContain("function parseResizeMessage");
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
  });

  it("resizes only the embed that reported, and marks only Cache Lab embeds", () => {
    const a = frame(`${SITE}/embed/mutation/uber-cache-data`);
    const b = frame(`${SITE}/embed/tuning/max-entries`);
    const elsewhere = frame("https://video.example/embed/x");
    const notAnEmbed = frame(`${SITE}/tutorials/mutation`);
    const host = page(code, [a, b, elsewhere, notAnEmbed]);
    host.post(resize(412), a.contentWindow);
    expect(a.style.height).toBe("412px");
    expect(b.style.height).toBeUndefined();
    expect([a, b, elsewhere, notAnEmbed].map((f) => "data-cache-lab-embed" in f.attributes)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("ignores another origin, forged data, and a window that is not one of its frames", () => {
    const a = frame(`${SITE}/embed/mutation/uber-cache-data`);
    const host = page(code, [a]);
    host.post(resize(400), a.contentWindow, "https://evil.example");
    host.post({ ...resize(400), frame: 2 }, a.contentWindow);
    host.post({ ...resize(400), v: 2 }, a.contentWindow);
    host.post(resize(400.5), a.contentWindow);
    host.post(resize(MAX_EMBED_HEIGHT + 1), a.contentWindow);
    host.post(resize(400), {});
    expect(a.style.height).toBeUndefined();
    host.post(resize(MAX_EMBED_HEIGHT), a.contentWindow);
    expect(a.style.height).toBe(`${MAX_EMBED_HEIGHT}px`);
  });

  it("follows frames added later, and forgets removed ones and ones sent elsewhere", () => {
    const frames: FakeFrame[] = [];
    const host = page(code, frames);
    const later = frame(`${SITE}/embed/tuning/max-entries`);
    host.mutate([{ type: "childList", addedNodes: [later], removedNodes: [] }]);
    host.post(resize(300), later.contentWindow);
    expect(later.style.height).toBe("300px");
    host.mutate([{ type: "childList", addedNodes: [], removedNodes: [later] }]);
    host.post(resize(350), later.contentWindow);
    expect(later.style.height).toBe("300px");

    // A report from a frame the observer has not seen yet (the page still parsing): found by looking again.
    const unseen = frame(`${SITE}/embed/mutation/uber-cache-data`);
    frames.push(unseen);
    host.post(resize(500), unseen.contentWindow);
    expect(unseen.style.height).toBe("500px");
    unseen.src = "https://video.example/embed/x";
    host.post(resize(520), unseen.contentWindow);
    expect(unseen.style.height).toBe("500px");
  });

  it("does nothing when loaded twice on one page", () => {
    expect(page(code, [], 2).listeners).toHaveLength(1);
  });
});
