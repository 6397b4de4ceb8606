// `node --import ./scripts/bench-lib.register.mjs file.ts`: installs the TypeScript hooks of bench-lib.loader.mjs.
import { register } from "node:module";

register("./bench-lib.loader.mjs", import.meta.url);
