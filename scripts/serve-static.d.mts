import type { Server } from "node:http";

/** Content types by file extension. */
export declare const MIME_TYPES: Record<string, string>;
/** Maps a URL path to a file inside `root` (trying `x`, `x.html`, `x/index.html`), or null. */
export declare function resolveFile(root: string, urlPath: string): string | null;
/** Serves `dir` over HTTP; resolves once listening with the server and its base URL. */
export declare function startStaticServer(options?: { dir?: string; port?: number; host?: string }): Promise<{ server: Server; url: string }>;
