import { describe, expect, it, vi } from "vitest";
import { findChromium, MISSING_BROWSER_MESSAGE } from "./find-chromium";

const quiet = () => {};

describe("findChromium", () => {
  it("prefers CHROME_PATH", () => {
    const exists = (f: string) => f === "/custom/chrome" || f === "/usr/bin/chromium";
    expect(findChromium({ env: { CHROME_PATH: "/custom/chrome" }, exists, log: quiet })).toBe("/custom/chrome");
  });

  it("fails when CHROME_PATH points at nothing, instead of silently using another browser", () => {
    expect(() => findChromium({ env: { CHROME_PATH: "/nope" }, exists: () => false, log: quiet })).toThrow(
      /CHROME_PATH is set to \/nope/,
    );
  });

  it("falls back to the usual paths in order", () => {
    const exists = (f: string) => f === "/usr/bin/google-chrome";
    expect(findChromium({ env: {}, exists, log: quiet })).toBe("/usr/bin/google-chrome");
  });

  it("installs with apt-get as root on Debian, and says so", () => {
    let installed = false;
    const log = vi.fn();
    const path = findChromium({
      env: {},
      exists: (f) => installed && f === "/usr/bin/chromium",
      canAptInstall: () => true,
      aptInstall: () => {
        installed = true;
      },
      log,
    });
    expect(path).toBe("/usr/bin/chromium");
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/installing the Debian package `chromium` with apt-get/));
  });

  it("otherwise fails with one line saying what to install", () => {
    const aptInstall = vi.fn();
    expect(() =>
      findChromium({ env: {}, exists: () => false, canAptInstall: () => false, aptInstall, log: quiet }),
    ).toThrow(MISSING_BROWSER_MESSAGE);
    expect(MISSING_BROWSER_MESSAGE).not.toContain("\n");
    expect(aptInstall).not.toHaveBeenCalled();
  });
});
