"use client";

import { useRef } from "react";
import "@/components/playground/playground.css";
import type { MultiSessionClientProps } from "@/components/multi-session/multi-session-client";
import { CodeBox } from "@/components/playground/pieces";
import { CodeTwinFrame } from "@/components/twin/code-twin-frame";
import { PLAYGROUND_FRAME } from "@/components/ui/button-styles";
import { IDLE_TEXT } from "@/lib/multi-session/idle-text";
import { KeepFocus } from "./keep-focus";
import { useLazyComponent } from "./use-lazy-component";

const loadMultiSession = () =>
  import("@/components/multi-session/multi-session-client").then((m) => m.MultiSessionClient);

/**
 * `<MultiSession>` as an island: only pages that show one fetch the multi-session client, and only
 * when it nears the viewport. Until then the frame, heading and highlighted code are shown, drawn
 * with the live playground's pieces (frame class, code box, the status line's first words); its
 * controls appear with the client (there is nothing to press before the sessions exist). As in
 * `PlaygroundShell`, the shell's `<section>` stays in the page as a bare wrapper once loaded, so an
 * element found before loading stays attached. On wide screens the block also takes the
 * table-of-contents column (`playground-wide` in app/globals.css).
 */
export function MultiSessionIsland(props: MultiSessionClientProps) {
  const rootRef = useRef<HTMLElement>(null);
  const { Component } = useLazyComponent(rootRef, loadMultiSession);
  return (
    <div className="playground-wide">
      <KeepFocus rootRef={rootRef}>
        {Component ? (
          <section ref={rootRef} className="playground-live my-6">
            <Component {...props} />
          </section>
        ) : (
          <section
            ref={rootRef}
            className={`${PLAYGROUND_FRAME} gap-3`}
            aria-label={`Multi-session playground: ${props.title}`}
            data-testid="multi-session"
            data-example={props.example}
            data-shell=""
          >
            <h3 className="m-0 font-mono text-sm font-semibold">{props.title}</h3>
            <CodeTwinFrame
              twin={props.twin}
              example={props.example}
              title={props.title}
              code={props.original}
              original={props.original}
            >
              <CodeBox staticCode={props.staticCode} />
            </CodeTwinFrame>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">{IDLE_TEXT}</p>
          </section>
        )}
      </KeepFocus>
    </div>
  );
}
