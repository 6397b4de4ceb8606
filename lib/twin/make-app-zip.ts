import { strToU8, zipSync } from "fflate";
import { appFiles, type AppFilesInput } from "@/lib/twin/app-files";

/**
 * Builds an example's Streamlit app as a zip and hands it to the browser as a download. Loaded only
 * when the reader presses "Download app", with fflate, so neither costs anything before that.
 */
export async function downloadAppZip(input: AppFilesInput): Promise<string> {
  const app = appFiles(input);
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(app.files)) entries[`${app.folder}/${name}`] = strToU8(text);
  for (const name of app.dataFiles) {
    const response = await fetch(new URL(`/data/${name}`, window.location.href));
    if (!response.ok) throw new Error(`the data file ${name} could not be fetched (HTTP ${response.status})`);
    entries[`${app.folder}/${name}`] = new Uint8Array(await response.arrayBuffer());
  }
  const zip = zipSync(entries, { level: 6 });
  const url = URL.createObjectURL(new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${app.folder}.zip`;
  link.click();
  // The download has started from the click; the URL is released once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `${app.folder}.zip`;
}

/** What the Download app button says after a try: the file's name, or why there is none. */
export async function downloadAppOutcome(input: AppFilesInput): Promise<{ text: string; failed?: boolean }> {
  try {
    return { text: `Downloaded ${await downloadAppZip(input)}.` };
  } catch (error) {
    return {
      failed: true,
      text: `The app could not be made: ${error instanceof Error ? error.message : String(error)}.`,
    };
  }
}
