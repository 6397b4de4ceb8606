"use client";

import { useState } from "react";
import type { AppFilesInput } from "@/lib/twin/app-files";

const BUTTON =
  "rounded border border-zinc-300 px-2 py-1 text-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 disabled:cursor-wait disabled:opacity-60 dark:border-zinc-600";

/**
 * "Download app": a zip with the example's Python twin as app.py, requirements.txt and the data
 * file, ready for `streamlit run app.py`. The zip code loads on the click; the outcome is announced.
 */
export function DownloadAppButton({ input, title }: { input: () => AppFilesInput; title: string }) {
  const [status, setStatus] = useState<{ busy: boolean; text: string; failed?: boolean }>({ busy: false, text: "" });
  const download = async () => {
    setStatus({ busy: true, text: "Preparing the zip…" });
    // The zip code, and the words for how it went, load on the click.
    const outcome = await import("@/lib/twin/make-app-zip").then(
      (zip) => zip.downloadAppOutcome(input()),
      () => ({ failed: true, text: "The app could not be made: its code did not load." }),
    );
    setStatus({ busy: false, ...outcome });
  };
  return (
    <>
      <button
        type="button"
        className={BUTTON}
        onClick={download}
        disabled={status.busy}
        aria-label={`Download app: ${title}, as a zip for Streamlit`}
        data-testid="download-app"
      >
        Download app
      </button>
      <span
        role="status"
        className={`text-xs ${status.failed ? "text-red-700 dark:text-red-300" : "text-zinc-600 dark:text-zinc-400"}`}
        data-testid="download-status"
      >
        {status.text}
      </span>
    </>
  );
}
