"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import type { EmbedTheme } from "@/lib/embed/embed-options";
import { embedPath, embedSnippet } from "@/lib/embed/snippet";
import { CopyWithStatus } from "./copy-status";
import { PANEL, PANEL_FIELD } from "./panel-styles";

/**
 * The Embed panel: the HTML to paste into another site, with the common options. `fragment`, a share
 * fragment, makes the embed open that code (a multi-session playground's edits and schedule).
 */
export function EmbedPanel({ example, title, fragment }: { example: string; title: string; fragment?: string }) {
  const [theme, setTheme] = useState<EmbedTheme>("auto");
  const [readonly, setReadonly] = useState(false);
  const [autorun, setAutorun] = useState(false);
  const [resizeScript, setResizeScript] = useState(true);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const snippet = embedSnippet({
    origin: window.location.origin,
    path: embedPath(example),
    title: `Cache Lab playground: ${title}`,
    options: { theme, readonly, autorun },
    resizeScript,
    fragment,
  });

  return (
    <div className={PANEL} data-testid="embed-panel">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="flex items-center gap-2">
          Theme
          <select
            value={theme}
            onChange={(e) => setTheme(e.currentTarget.value as EmbedTheme)}
            className="rounded border border-zinc-300 bg-white px-1 py-0.5 dark:border-zinc-600 dark:bg-zinc-950"
          >
            <option value="auto">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={readonly} onChange={(e) => setReadonly(e.currentTarget.checked)} />
          Read-only
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={autorun} onChange={(e) => setAutorun(e.currentTarget.checked)} />
          Run on load
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={resizeScript} onChange={(e) => setResizeScript(e.currentTarget.checked)} />
          Resize to fit (adds embed.js)
        </label>
      </div>
      <label htmlFor={`${id}-snippet`} className="font-semibold">
        HTML to paste into your page
      </label>
      <textarea
        id={`${id}-snippet`}
        ref={fieldRef}
        className={PANEL_FIELD}
        readOnly
        rows={5}
        value={snippet}
        data-testid="embed-snippet"
      />
      <CopyWithStatus text={snippet} field={() => fieldRef.current} label="Copy snippet" testId="copy-embed-snippet" />
      <p className="text-xs text-zinc-600 dark:text-zinc-300">
        More options and the Content-Security-Policy your site needs:{" "}
        <Link className="underline" href="/tutorials/embedding">
          Embedding and sharing
        </Link>
        .
      </p>
    </div>
  );
}
