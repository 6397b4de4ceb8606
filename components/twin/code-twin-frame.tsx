"use client";

import { useEffect, useRef, type ReactNode } from "react";
import "./code-twin.css";
import { DownloadAppButton } from "./download-app-button";
import { LangToggle } from "./lang-toggle";
import type { TwinProps } from "./twin-types";
import { useCodeLang } from "./use-code-lang";
import type { TwinPointing } from "./twin-pointing";

/** Props of {@link CodeTwinFrame}. */
export interface CodeTwinFrameProps {
  /** The example's Python twin; without it the frame shows its children alone. */
  twin?: TwinProps;
  /** Example name, e.g. "mutation/uber-cache-data". */
  example: string;
  /** Heading of the playground, for labels. */
  title: string;
  /** The example's own TypeScript, to tell the reader's edits apart. */
  original: string;
  /** The TypeScript the reader sees now (edits included): lines are paired against it. */
  code: string;
  /** The TypeScript view: the static code, the editor, or both while the editor loads. */
  children: ReactNode;
}

/**
 * A playground's code area with its Python twin: the TypeScript | Python toggle, and in Python the
 * read-only twin beside the TypeScript (below it on narrow screens). Pointing at a line on one side
 * marks it and its twin lines on the other (./twin-pointing.ts, loaded with the first Python view).
 * Lines are paired from the code's words, so edits keep their twins.
 */
export function CodeTwinFrame({ twin, example, title, code, original, children }: CodeTwinFrameProps) {
  const lang = useCodeLang();
  const frameRef = useRef<HTMLDivElement>(null);
  const tsRef = useRef<HTMLDivElement>(null);
  const pyRef = useRef<HTMLDivElement>(null);
  const pointing = useRef<TwinPointing | null>(null);
  const codeRef = useRef(code);
  const showing = lang === "python" && twin !== undefined;
  const python = twin?.python ?? "";
  const anchors = twin?.anchors;

  useEffect(() => {
    const [frame, ts, py] = [frameRef.current, tsRef.current, pyRef.current];
    if (!showing || !frame || !ts || !py) return;
    let cancelled = false;
    void import("./twin-pointing").then(({ pointTwins }) => {
      if (!cancelled) pointing.current = pointTwins({ frame, ts, py, python, anchors: anchors ?? [] }, codeRef.current);
    });
    return () => {
      cancelled = true;
      pointing.current?.dispose();
      pointing.current = null;
    };
  }, [showing, python, anchors]);
  useEffect(() => {
    codeRef.current = code;
    pointing.current?.setCode(code);
  }, [code]);

  if (!twin) return <>{children}</>;

  return (
    <div
      id={`code-${example.replace(/\//g, "-")}`}
      ref={frameRef}
      className="code-twin flex min-w-0 flex-col gap-2"
      data-testid="code-twin"
      data-twin-ts=""
      data-twin-py=""
    >
      <div className="flex flex-wrap items-center gap-2">
        <LangToggle title={title} />
        <DownloadAppButton title={title} input={() => ({ example, python, original, code })} />
      </div>
      <div className="code-twin-grid">
        <div className="code-twin-columns">
          <div ref={tsRef} className="min-w-0" data-testid="twin-ts">
            {children}
          </div>
          <div className="code-twin-py min-w-0" data-testid="python-view">
            <p className="mb-1 text-xs text-zinc-600 dark:text-zinc-400">
              Python: the Streamlit code this mirrors (read-only)
            </p>
            <div
              ref={pyRef}
              className="rounded border border-zinc-200 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-700"
              tabIndex={0}
              role="group"
              aria-label={`Python twin of ${title}, read-only. Up and Down mark a line and its TypeScript twin.`}
            >
              {twin.pythonView}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
