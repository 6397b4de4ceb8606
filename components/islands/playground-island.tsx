"use client";

import { useEffect, useImperativeHandle, useRef, useState } from "react";
import "@/components/playground/playground.css";
import type { PlaygroundClientProps, PlaygroundHandle } from "@/components/playground/playground-client";
import { PHONE_QUERY } from "@/components/playground/editor-layout";
import { KeepFocus } from "./keep-focus";
import { PlaygroundShell } from "./playground-shell";
import { useLazyComponent } from "./use-lazy-component";

// Module level, so the hook sees one stable function and loads once. Monaco is the playground's
// heaviest part, and the live client would ask for it only after its first render: on screens that
// get Monaco, both downloads start together (the browser fetches the editor's chunks once).
const loadPlayground = () => {
  if (!window.matchMedia(PHONE_QUERY).matches) import("@/components/playground/monaco-editor").catch(() => {});
  return import("@/components/playground/playground-client").then((m) => m.PlaygroundClient);
};

/**
 * A playground as a small island: the page's first JavaScript holds only this file and the shell;
 * the live playground (editor glue, sandbox client, output renderers, inspector, share and embed)
 * is a separate chunk fetched when it nears the viewport, when Run is pressed, or for a share link.
 * Its handle runs the live playground, or asks for it and runs it once it is in.
 */
export function PlaygroundIsland({ ref, ...props }: PlaygroundClientProps) {
  const shellRef = useRef<HTMLElement>(null);
  const liveRef = useRef<PlaygroundHandle>(null);
  const { Component, request } = useLazyComponent(shellRef, loadPlayground);
  const [runRequested, setRunRequested] = useState(false);
  const runSoon = () => {
    if (liveRef.current) return liveRef.current.run();
    setRunRequested(true);
    request();
  };
  useImperativeHandle(ref, () => ({ run: runSoon }));
  // A reader who opened the inspector before the playground loaded finds it open in the live one
  // (with the focus on its summary if it had it there): the live panel is a new element.
  const inspector = useRef<{ open: boolean; focused: boolean }>({ open: false, focused: false });
  useEffect(() => {
    if (!Component || !inspector.current.open) return;
    const details = shellRef.current?.querySelector<HTMLDetailsElement>('[data-testid="inspector"]');
    if (!details) return;
    details.open = true;
    if (inspector.current.focused) details.querySelector("summary")?.focus();
  }, [Component]);
  return (
    <KeepFocus rootRef={shellRef}>
      <PlaygroundShell
        ref={shellRef}
        example={props.example}
        title={props.title}
        staticCode={props.staticCode}
        embedded={props.embedded}
        twin={props.twin}
        original={props.original}
        onRun={runSoon}
        onInspectorToggle={(open, focused) => {
          inspector.current = { open, focused };
          if (open) request();
        }}
        live={Component ? <Component {...props} ref={liveRef} runRequested={runRequested} /> : null}
      />
    </KeepFocus>
  );
}
