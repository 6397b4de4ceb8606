// Types of next.config.js for the tests that read its rules (scripts/loaders/*.test.ts).
import type { NextConfig } from "next";

declare const config: NextConfig;
export default config;
