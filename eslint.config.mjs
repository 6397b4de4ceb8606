import next from "eslint-config-next";

/**
 * Which way imports may point. Routes (`app/`) use components, components use `lib/`, and `lib/`
 * uses neither. `content/` is data and examples: `lib/content/` reads it for everyone else.
 *
 * Inside `components/`, folders form layers, top to bottom; a folder may import from the layers
 * below it, never from its own layer or above (so folders cannot import each other in circles).
 */
const COMPONENT_LAYERS = [
  ["tutorial", "embed"], // what MDX and the embed route render
  ["site"], // the site's chrome
  ["islands"], // small first-load stand-ins that load the live playgrounds
  ["multi-session"], // the multi-session playground
  ["playground"], // the playground and the pieces both playgrounds share
  ["share", "inspector", "twin", "learning"], // panels a playground opens
  ["code", "search"], // code blocks and the search dialog
  ["ui"], // styles and the smallest pieces every folder above may use
];

const componentZones = COMPONENT_LAYERS.flatMap((layer, index) =>
  layer.map((folder) => ({
    target: `./components/${folder}`,
    from: COMPONENT_LAYERS.slice(0, index + 1)
      .flat()
      .filter((other) => other !== folder)
      .map((other) => `./components/${other}`),
    message: `components/${folder} sits below these folders (see COMPONENT_LAYERS in eslint.config.mjs): move the shared piece down instead.`,
  })),
);

/** Browser and framework globals the engine may not touch: it runs the same in Node, a worker and a page. */
const DOM_GLOBALS = [
  "window",
  "document",
  "localStorage",
  "sessionStorage",
  "navigator",
  "location",
  "HTMLElement",
  "requestAnimationFrame",
].map((name) => ({
  name,
  message:
    "lib/streamlit and lib/pandas run in Node, in the worker and in pages alike: no DOM. Take what you need as a parameter.",
}));

const config = [
  ...next,
  {
    ignores: [
      ".next/**",
      "out/**",
      "node_modules/**",
      ".e2e-tmp/**",
      "next-env.d.ts",
      "lib/editor/generated/**",
      "public/embed.js",
    ],
  },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components"],
              message: "lib/ holds no routes and no React: it cannot import app/ or components/.",
            },
            {
              target: "./lib",
              from: "./content",
              except: ["./examples/registry.ts", "./examples/twin-anchors.ts"],
              message: "lib/ reads content/ only through lib/content/ loaders and the example registry.",
            },
            {
              target: "./components",
              from: "./app",
              message: "components/ cannot import routes: move the shared piece to components/ or lib/.",
            },
            {
              target: "./components",
              from: "./content",
              message: "components/ reads content through lib/content/ (server components only).",
            },
            {
              target: "./content",
              from: ["./app", "./components"],
              message: "Examples and tutorials import only lib/.",
            },
            ...componentZones,
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "react-dom/*", "next", "next/*"],
              message:
                "lib/ is free of React and Next: it runs in Node tests, in the worker and for anyone who imports it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/streamlit/**/*.ts", "lib/pandas/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-globals": ["error", ...DOM_GLOBALS] },
  },
];
export default config;
