// Node module hooks that let `node` run the TypeScript of lib/ and scripts/ directly (the benchmarks, and
// the generators npm runs before build, dev and typecheck, scripts/generate.ts):
// sucrase (already a dependency) strips the types; extensionless relative imports resolve to .ts.
// Registered by bench-lib.register.mjs. Node 20 cannot run .ts files on its own.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { transform } from "sucrase";

export async function resolve(specifier, context, next) {
  if ((specifier.startsWith(".") || specifier.startsWith("/")) && context.parentURL?.startsWith("file:")) {
    const base = path.resolve(path.dirname(fileURLToPath(context.parentURL)), specifier);
    for (const candidate of [base, `${base}.ts`, path.join(base, "index.ts")]) {
      if (candidate.endsWith(".ts") && existsSync(candidate))
        return { url: pathToFileURL(candidate).href, shortCircuit: true };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith("file:") && url.endsWith(".ts")) {
    const source = await readFile(fileURLToPath(url), "utf8");
    const { code } = transform(source, {
      transforms: ["typescript"],
      disableESTransforms: true,
      filePath: fileURLToPath(url),
    });
    return { format: "module", source: code, shortCircuit: true };
  }
  return next(url, context);
}
