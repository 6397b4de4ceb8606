"use client";

import { useRef, useState } from "react";
import "@/components/playground/playground.css";
import type { PlaygroundClientProps } from "@/components/playground/playground-client";
import { PlaygroundShell } from "./playground-shell";
import { useLazyComponent } from "./use-lazy-component";

type Props = Omit<PlaygroundClientProps, "ref">;

// Module level, so the hook sees one stable function and loads once.
const loadPlayground = () => import("@/components/playground/playground-client").then((m) => m.PlaygroundClient);

/**
 * A playground as a small island: the page's first JavaScript holds only this file and the shell;
 * the live playground (editor glue, sandbox client, output renderers, inspector, share and embed)
 * is a separate chunk fetched when it nears the viewport or Run is pressed.
 */
export function PlaygroundIsland(props: Props) {
  const shellRef = useRef<HTMLElement>(null);
  const { Component, request } = useLazyComponent(shellRef, loadPlayground);
  const [runRequested, setRunRequested] = useState(false);
  return Component ? (
    <Component {...props} autorun={props.autorun || runRequested} />
  ) : (
    <PlaygroundShell
          ref={shellRef}
          example={props.example}
          title={props.title}
          staticCode={props.staticCode}
          embedded={props.embedded}
          onRun={() => {
            setRunRequested(true);
            request();
          }}
        />
  );
}
