"use client";

import { useRef, useState } from "react";
import { copyText } from "@/lib/share/copy-text";
import { BUTTON } from "@/components/ui/button-styles";

const SAID = { copied: "Copied", failed: "Copy refused: select the code, press Ctrl+C" } as const;

/** "Copy code": the code as it is in the editor now, edits included; its label says whether it worked. */
export function CopyCodeButton({ code, label }: { code: string; label: string }) {
  const [said, setSaid] = useState<keyof typeof SAID | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const copy = async () => {
    const copied = await copyText(code);
    setSaid(copied ? "copied" : "failed");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setSaid(null), 2_500);
  };
  return (
    <button type="button" className={BUTTON} onClick={copy} data-testid="copy-code">
      {/* Read out when it changes, so a screen reader hears the outcome too. */}
      <span aria-live="polite">{said ? SAID[said] : "Copy code"}</span>
      <span className="sr-only"> of {label}</span>
    </button>
  );
}
