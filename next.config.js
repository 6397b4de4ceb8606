import fs from "node:fs";
import createMDX from "@next/mdx";

// The libs of the editor's TypeScript compiler options (lib/editor/monaco-setup.ts reads the same file).
const TYPESCRIPT_LIBS = JSON.parse(
  fs.readFileSync(new URL("./lib/editor/typescript-libs.json", import.meta.url), "utf8"),
);
const TRIM_TYPESCRIPT_LIBS = {
  condition: {
    path: /monaco-editor[\\/]esm[\\/]vs[\\/]languages[\\/]features[\\/]typescript[\\/]lib[\\/]lib(\.index)?\.js$/,
  },
  loaders: [{ loader: "./scripts/loaders/trim-typescript-libs.cjs", options: { libs: TYPESCRIPT_LIBS } }],
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  // Static hosts serve /tutorials/x.html or /tutorials/x/index.html; trailing slashes keep links unambiguous.
  trailingSlash: false,
  images: { unoptimized: true },
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  reactStrictMode: true,
  // `npm run typecheck` checks every file once; the build skips it so a half-edited file elsewhere
  // (or a worker source copied into out/) never blocks producing the site.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    rules: {
      // Monaco's TypeScript mode imports every editor contribution through this one module; the
      // loader keeps only what the mode needs from it (see scripts/loaders/monaco-slim-workers.cjs).
      "workers.js": {
        condition: { path: /monaco-editor[\\/]esm[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/ },
        loaders: ["./scripts/loaders/monaco-slim-workers.cjs"],
      },
      // The editor worker service imports a copy of the editor worker to run on the page should a Web
      // Worker fail to start; the loader drops it (see scripts/loaders/monaco-no-local-worker.cjs).
      "editorWorkerService.js": {
        condition: {
          path: /monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]browser[\\/]services[\\/]editorWorkerService\.js$/,
        },
        loaders: ["./scripts/loaders/monaco-no-local-worker.cjs"],
      },
      // Monaco's TypeScript worker carries all of TypeScript's lib files, the page their names; both keep
      // only those the editor's compiler options reach (see scripts/loaders/trim-typescript-libs.cjs).
      "lib.js": TRIM_TYPESCRIPT_LIBS,
      "lib.index.js": TRIM_TYPESCRIPT_LIBS,
    },
    resolveAlias: {
      // danfojs' browser entry is one prebuilt 6 MB file with TensorFlow.js inside; its compiled
      // sources (what Node and the unit tests run) let the aliases below take effect.
      danfojs: "./node_modules/danfojs/dist/danfojs-browser/src/index.js",
      // The few tensor helpers danfojs' DataFrame and Series use, instead of all of TensorFlow.js.
      "@tensorflow/tfjs": "./lib/pandas/tfjs-lite.ts",
      // Five statistics instead of all of mathjs, and no Excel reader/writer the sandbox cannot use.
      mathjs: "./lib/pandas/mathjs-lite.ts",
      xlsx: "./lib/pandas/xlsx-absent.ts",
      // Plotting needs a window; the sandbox is a worker.
      "plotly.js-dist-min": "./lib/pandas/plotly-absent.ts",
    },
  },
};

// Under Turbopack, remark/rehype plugins must be given by package name, not as functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-frontmatter", "remark-gfm"],
    rehypePlugins: ["rehype-slug"],
  },
});

export default withMDX(nextConfig);
