/** What the loader tests share: Monaco's real files, and the Turbopack rules next.config.js sets. */
import fs from "node:fs";
import path from "node:path";
import nextConfig from "../../next.config.js";

/** A Turbopack rule: the files it matches and the loaders it runs on them. */
export interface TurbopackRule {
  condition: { path: RegExp };
  loaders: (string | { loader: string; options?: unknown })[];
}

/** next.config.js's Turbopack rules, by key. */
export const turbopackRules = (nextConfig as { turbopack: { rules: Record<string, TurbopackRule> } }).turbopack.rules;

/** The absolute path of a file under monaco-editor/esm/vs, and its text. */
export function monacoFile(relative: string): { file: string; source: string } {
  const file = path.resolve("node_modules/monaco-editor/esm/vs", relative);
  return { file, source: fs.readFileSync(file, "utf8") };
}
