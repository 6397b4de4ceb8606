#!/usr/bin/env node
// A dependency-free static file server for the exported site in out/ (what `npm start` runs).
//
//   node scripts/serve-static.mjs [--port 3000] [--host 127.0.0.1] [--dir out] [--headers]
//
// `--port 0` picks a free port. `--headers` applies the response headers of `<dir>/_headers` (the
// Netlify / Cloudflare Pages format, shipped as public/_headers: the Content-Security-Policy), as
// such a host would. The URL is printed as "Serving <dir> at http://host:port/" once
// listening, which the e2e harness reads. Also importable: `startStaticServer({ dir, port, host })`.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Content types by file extension; anything else is served as application/octet-stream. */
export const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
  ".ts": "text/plain; charset=utf-8",
};

/**
 * Parses a `_headers` file (Netlify / Cloudflare Pages format): a line with a path pattern (`*`
 * matches anything), then indented `Name: value` lines. `#` starts a comment. Returns the rules in
 * order; a header line before any pattern, or without a colon, is an error naming its line.
 */
export function parseHeadersFile(text) {
  const rules = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const colon = line.indexOf(":");
    if (rules.length === 0 || colon < 0)
      throw new Error(
        `_headers line ${i + 1}: expected "Name: value" under a path pattern, got ${JSON.stringify(line.trim())}.`,
      );
    rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  });
  return rules;
}

/** The headers of every rule whose pattern matches `urlPath`, later rules winning. */
export function headersFor(rules, urlPath) {
  const pathOnly = urlPath.split("?")[0].split("#")[0];
  const headers = {};
  for (const { pattern, headers: set } of rules) {
    const regex = new RegExp(
      `^${pattern
        .split("*")
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`,
    );
    if (regex.test(pathOnly)) Object.assign(headers, set);
  }
  return headers;
}

/**
 * Maps a URL path to a file inside `root`, or null. Static export writes both `page.html` and a
 * `page/` folder, so `page.html` is tried before `page/index.html`.
 */
export function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  const full = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  // The host's configuration, not a page (hosts that read it do not serve it either).
  if (full === path.join(root, "_headers")) return null;
  const candidates = decoded.endsWith("/")
    ? [path.join(full, "index.html"), `${full}.html`]
    : [full, `${full}.html`, path.join(full, "index.html")];
  for (const candidate of candidates) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not there: try the next form.
    }
  }
  return null;
}

function send(response, status, file, method, extra = {}) {
  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  const size = fs.statSync(file).size;
  response.writeHead(status, {
    "Content-Type": type,
    "Content-Length": size,
    // Hashed build assets never change; pages and data are revalidated.
    "Cache-Control": file.includes(`${path.sep}_next${path.sep}static${path.sep}`)
      ? "public, max-age=31536000, immutable"
      : "no-cache",
    "X-Content-Type-Options": "nosniff",
    ...extra,
  });
  if (method === "HEAD") response.end();
  else fs.createReadStream(file).pipe(response);
}

/** Starts serving `dir`; resolves with the server and its base URL once listening. */
export function startStaticServer({ dir = "out", port = 3000, host = "127.0.0.1", headers = false } = {}) {
  const root = path.resolve(dir);
  if (!fs.existsSync(root)) {
    return Promise.reject(new Error(`${root} does not exist: build the site first (npm run build).`));
  }
  let rules = [];
  if (headers) {
    const file = path.join(root, "_headers");
    if (!fs.existsSync(file))
      return Promise.reject(new Error(`${file} does not exist, so --headers has nothing to apply.`));
    try {
      rules = parseHeadersFile(fs.readFileSync(file, "utf8"));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  const server = http.createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolveFile(root, request.url ?? "/");
    const extra = headersFor(rules, request.url ?? "/");
    if (file) return send(response, 200, file, request.method, extra);
    const notFound = path.join(root, "404.html");
    if (fs.existsSync(notFound)) return send(response, 404, notFound, request.method, extra);
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const shownHost = host.includes(":") ? `[${host}]` : host;
      resolve({ server, url: `http://${shownHost}:${actual}/` });
    });
  });
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--headers") {
      options.headers = true;
      continue;
    }
    const [flag, inline] = argv[i].split("=", 2);
    const value = inline ?? argv[++i];
    if (flag === "--port") options.port = Number(value);
    else if (flag === "--host") options.host = value;
    else if (flag === "--dir") options.dir = value;
    else
      throw new Error(`Unknown option ${argv[i]}. Usage: serve-static.mjs [--port N] [--host H] [--dir D] [--headers]`);
    if (flag === "--port" && !(Number.isInteger(options.port) && options.port >= 0 && options.port < 65536)) {
      throw new Error(`--port needs a number from 0 to 65535, got ${value}.`);
    }
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const { url } = await startStaticServer(options);
    console.log(`Serving ${path.relative(process.cwd(), path.resolve(options.dir ?? "out")) || "."} at ${url}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
