"use client";

import { useId, useMemo, useRef } from "react";
import { encodeShareFragment, MAX_FRAGMENT_LENGTH, type MultiSessionSetup } from "@/lib/share/share-link";
import { CopyWithStatus } from "./copy-status";
import { PANEL, PANEL_FIELD } from "./panel-styles";

/**
 * The Share panel: a link carrying the code as it is now, to copy and send; from a multi-session
 * playground (`multi`), its sessions and schedule too.
 */
export function SharePanel({ example, code, multi }: { example: string; code: string; multi?: MultiSessionSetup }) {
  const fieldRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const link = useMemo(() => {
    const fragment = encodeShareFragment({ example, code, autorun: false, multi });
    if (fragment.length - 1 > MAX_FRAGMENT_LENGTH) return null;
    return `${window.location.origin}${window.location.pathname}${fragment}`;
  }, [example, code, multi]);

  return (
    <div className={PANEL} data-testid="share-panel">
      <label htmlFor={`${id}-link`} className="font-semibold">
        Link to this code
      </label>
      {link ? (
        <>
          <input
            id={`${id}-link`}
            ref={fieldRef}
            className={PANEL_FIELD}
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share-link"
          />
          <CopyWithStatus text={link} field={() => fieldRef.current} label="Copy link" testId="copy-share-link" />
          <p className="text-xs text-zinc-600 dark:text-zinc-300">
            The code travels inside the link (after the #), so it is never sent to a server. It never runs on its own:
            whoever opens the link presses Run.
          </p>
        </>
      ) : (
        <p id={`${id}-link`} role="alert" className="text-red-700 dark:text-red-300">
          This code is too long for a link (over {MAX_FRAGMENT_LENGTH.toLocaleString("en-US")} characters once
          compressed). Shorten it to share it.
        </p>
      )}
    </div>
  );
}
