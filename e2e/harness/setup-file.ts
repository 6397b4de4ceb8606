import { afterAll } from "vitest";
import { closeBrowser } from "./index";

// Each spec file runs in its own worker; close that worker's browser when the file is done.
afterAll(closeBrowser);
