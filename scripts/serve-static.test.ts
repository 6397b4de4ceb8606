import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveFile, startStaticServer } from "./serve-static.mjs";

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "serve-static-"));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write("index.html", "home");
  write("404.html", "missing page");
  // Static export writes both forms; the .html file is the page.
  write("tutorials/intro.html", "intro page");
  write("tutorials/intro/__next.txt", "segment data");
  write("guide/index.html", "guide index");
  write("data/rows.csv", "a,b\n1,2\n");
  write("engine.wasm", "\0asm");
  write("worker.mjs", "export {}");
  fs.writeFileSync(path.join(os.tmpdir(), "serve-static-secret.txt"), "secret");
  ({ server, url: base } = await startStaticServer({ dir: root, port: 0 }));
});

afterAll(() => {
  server?.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(os.tmpdir(), "serve-static-secret.txt"), { force: true });
});

describe("resolveFile", () => {
  it("prefers page.html over the page/ folder, and falls back to index.html", () => {
    expect(resolveFile(root, "/tutorials/intro")).toBe(path.join(root, "tutorials/intro.html"));
    expect(resolveFile(root, "/tutorials/intro/")).toBe(path.join(root, "tutorials/intro.html"));
    expect(resolveFile(root, "/guide")).toBe(path.join(root, "guide/index.html"));
    expect(resolveFile(root, "/")).toBe(path.join(root, "index.html"));
    expect(resolveFile(root, "/data/rows.csv?v=1")).toBe(path.join(root, "data/rows.csv"));
  });

  it("never leaves the root", () => {
    expect(resolveFile(root, "/../serve-static-secret.txt")).toBeNull();
    expect(resolveFile(root, "/%2e%2e/serve-static-secret.txt")).toBeNull();
    expect(resolveFile(root, "/%E0%A4%A")).toBeNull();
  });
});

describe("startStaticServer", () => {
  it("listens on 127.0.0.1 on a free port when asked for port 0", () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(base).not.toMatch(/:0\/$/);
  });

  it.each([
    ["data/rows.csv", "text/csv; charset=utf-8"],
    ["engine.wasm", "application/wasm"],
    ["worker.mjs", "text/javascript; charset=utf-8"],
    ["tutorials/intro", "text/html; charset=utf-8"],
  ])("serves %s as %s", async (file, type) => {
    const response = await fetch(base + file);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
  });

  it("answers unknown paths with the site's 404 page", async () => {
    const response = await fetch(base + "nope");
    expect(response.status).toBe(404);
    await expect(response.text()).resolves.toBe("missing page");
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await fetch(base, { method: "POST" })).status).toBe(405);
    const head = await fetch(base, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("4");
  });

  it("with headers, applies <dir>/_headers as a host would, and never serves the file itself", async () => {
    fs.writeFileSync(
      path.join(root, "_headers"),
      "# policy\n/*\n  Content-Security-Policy: default-src 'self'\n/data/*\n  X-Data: yes\n",
    );
    const { server: withHeaders, url } = await startStaticServer({ dir: root, port: 0, headers: true });
    try {
      const page = await fetch(url + "tutorials/intro");
      expect(page.headers.get("content-security-policy")).toBe("default-src 'self'");
      expect(page.headers.get("x-data")).toBeNull();
      expect((await fetch(url + "data/rows.csv")).headers.get("x-data")).toBe("yes");
      expect((await fetch(url + "nope")).headers.get("content-security-policy")).toBe("default-src 'self'");
      expect((await fetch(url + "_headers")).status).toBe(404);
      expect((await fetch(base + "tutorials/intro")).headers.get("content-security-policy")).toBeNull();
    } finally {
      withHeaders.close();
      fs.rmSync(path.join(root, "_headers"));
    }
  });

  it("with headers but no _headers file, refuses to start", async () => {
    await expect(startStaticServer({ dir: root, port: 0, headers: true })).rejects.toThrow(/_headers does not exist/);
  });
});
