"use client";

import { useEffect, useRef, useState } from "react";
import { copyText } from "@/lib/share/copy-text";
import { PANEL_BUTTON } from "./panel-styles";

/**
 * A Copy button for the text in `field`, with a polite live region that says "Copied" (or how to copy
 * by hand when the browser refused), so screen reader users hear the outcome.
 */
export function CopyWithStatus({
  text,
  field,
  label,
  testId,
}: {
  text: string;
  field: () => HTMLInputElement | HTMLTextAreaElement | null;
  label: string;
  testId: string;
}) {
  // The status belongs to the text it was about: a new text makes an old "Copied" wrong.
  const [outcome, setOutcome] = useState({ text: "", status: "" });
  const status = outcome.text === text ? outcome.status : "";
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const copy = async () => {
    const copied = await copyText(text, field());
    setOutcome({
      text,
      status: copied ? "Copied" : "Copying was blocked: the text is selected, press Ctrl+C (Cmd+C on a Mac).",
    });
    if (timer.current) clearTimeout(timer.current);
    if (copied) timer.current = setTimeout(() => setOutcome({ text: "", status: "" }), 3000);
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={PANEL_BUTTON} onClick={copy} data-testid={testId}>
        {label}
      </button>
      <span role="status" className="text-xs text-zinc-600 dark:text-zinc-300" data-testid={`${testId}-status`}>
        {status}
      </span>
    </div>
  );
}
