import { spawnSync } from "node:child_process";
import fs from "node:fs";

/** Where Chromium or Chrome usually lives, tried in order after `CHROME_PATH`. */
export const USUAL_CHROMIUM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** The one line shown when no browser can be found or installed. */
export const MISSING_BROWSER_MESSAGE =
  "No Chromium found: install it (Debian/Ubuntu: `apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.";

/** What {@link findChromium} may look at and do; injectable so the decision logic is testable. */
export interface FindChromiumOptions {
  env?: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
  /** True when running as root on Debian (or a derivative), where apt-get may install Chromium. */
  canAptInstall?: () => boolean;
  /** Installs the `chromium` package; throws if that fails. */
  aptInstall?: () => void;
  log?: (line: string) => void;
}

const isExecutableFile = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

const isRootOnDebian = () => process.getuid?.() === 0 && fs.existsSync("/etc/debian_version");

function aptInstallChromium(): void {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium", "fonts-liberation"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed. ${MISSING_BROWSER_MESSAGE}`);
  }
}

/**
 * Returns the path of a Chromium to drive: `CHROME_PATH` if set (it must exist), else the first of
 * {@link USUAL_CHROMIUM_PATHS}. With none, as root on Debian, installs the `chromium` package with
 * apt-get and says so; otherwise throws {@link MISSING_BROWSER_MESSAGE}.
 */
export function findChromium(options: FindChromiumOptions = {}): string {
  const {
    env = process.env,
    exists = isExecutableFile,
    canAptInstall = isRootOnDebian,
    aptInstall = aptInstallChromium,
    log = (line) => console.log(line),
  } = options;
  const explicit = env.CHROME_PATH;
  if (explicit) {
    if (exists(explicit)) return explicit;
    throw new Error(`CHROME_PATH is set to ${explicit}, which is not an executable file. ${MISSING_BROWSER_MESSAGE}`);
  }
  const found = USUAL_CHROMIUM_PATHS.find(exists);
  if (found) return found;
  if (!canAptInstall()) throw new Error(MISSING_BROWSER_MESSAGE);
  log("[e2e] Chromium not found: installing the Debian package `chromium` with apt-get (running as root)...");
  aptInstall();
  const installed = USUAL_CHROMIUM_PATHS.find(exists);
  if (!installed) throw new Error(`apt-get installed chromium, but no binary appeared. ${MISSING_BROWSER_MESSAGE}`);
  log(`[e2e] Installed Chromium at ${installed}.`);
  return installed;
}
