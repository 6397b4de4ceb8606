"use client";

import { useState } from "react";

/** A button that copies `text` to the clipboard and says so for two seconds. */
export function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); the code stays selectable.
    }
  }

  return (
    <button
      type="button"
      onClick={copy}
      className="absolute top-2 right-2 rounded-md border border-zinc-300 bg-white/90 px-2 py-1 text-xs font-medium text-zinc-700 transition pointer-fine:opacity-0 pointer-fine:group-hover:opacity-100 pointer-fine:focus-visible:opacity-100 dark:border-zinc-600 dark:bg-zinc-800/90 dark:text-zinc-200"
    >
      <span aria-live="polite">{copied ? "Copied" : "Copy"}</span>
      <span className="sr-only"> code to clipboard</span>
    </button>
  );
}
