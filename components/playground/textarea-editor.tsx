"use client";

import { useEffect } from "react";
import type { EditorProps } from "./editor-props";

/**
 * The editor on phone-sized screens: a plain textarea, which phones handle well (selection,
 * autocorrect off, the system keyboard), where Monaco is cramped and heavy.
 */
export function TextareaEditor({ value, onChange, onRun, error, paused, label, onReady, readOnly }: EditorProps) {
  useEffect(() => onReady(), [onReady]);
  const lines = value.split("\n").length;
  return (
    <div>
      <textarea
        aria-label={label}
        value={value}
        readOnly={readOnly}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        rows={Math.min(30, lines + 1)}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onRun();
          }
        }}
        className="block w-full resize-y bg-transparent p-2 font-mono text-[13px] leading-[19px] outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
        data-testid="textarea-editor"
      />
      {paused ? (
        <p
          className="border-t border-sky-300 px-2 py-1 text-xs text-sky-800 dark:border-sky-800 dark:text-sky-200"
          data-testid="paused-line"
        >
          {paused.text}
        </p>
      ) : null}
      {error?.line ? (
        <p className="border-t border-red-300 px-2 py-1 text-xs text-red-700 dark:border-red-800 dark:text-red-300">
          Line {error.line}: {error.type}
        </p>
      ) : null}
    </div>
  );
}
