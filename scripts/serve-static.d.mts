import type { Server } from "node:http";

/** Content types by file extension. */
export declare const MIME_TYPES: Record<string, string>;
/** Maps a URL path to a file inside `root` (trying `x`, `x.html`, `x/index.html`), or null. */
export declare function resolveFile(root: string, urlPath: string): string | null;
/** A rule of a `_headers` file: a path pattern (`*` matches anything) and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}
/** Parses a `_headers` file (Netlify / Cloudflare Pages format); throws on a malformed line. */
export declare function parseHeadersFile(text: string): HeaderRule[];
/** The headers of every rule matching `urlPath`, later rules winning. */
export declare function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string>;
/** Serves `dir` over HTTP (with `headers`, applying `<dir>/_headers`); resolves once listening with the server and its base URL. */
export declare function startStaticServer(options?: {
  dir?: string;
  port?: number;
  host?: string;
  headers?: boolean;
}): Promise<{ server: Server; url: string }>;
