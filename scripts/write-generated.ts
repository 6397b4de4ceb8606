/**
 * Writes a generated file for the build scripts (build-api-types.ts, build-embed-script.ts).
 * `npm test` runs the type check and the site build side by side, and both regenerate first, so
 * the write goes through a temporary file and a rename: a reader never sees half a file. An
 * unchanged file is left alone, so watchers and incremental type checks see nothing new.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Writes `content` to `file` (creating its folder) unless it is already there; returns whether it wrote. */
export function writeGenerated(file: string, content: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === content) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
  return true;
}

/** True when the module at `url` (its `import.meta.url`) is the script node was started with. */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(url);
}
