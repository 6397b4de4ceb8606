"use client";

import { useEffect, useRef } from "react";
import { markCodeRunnable } from "@/lib/editor/language-service-gate";
import {
  SandboxController,
  type SandboxControllerOptions,
  type SandboxState,
} from "@/lib/playground/sandbox-controller";
import { bootQueue } from "@/lib/sandbox/boot-queue";
import { createSandboxWorker } from "@/lib/sandbox/create-worker";
import { sandboxBlocker } from "@/lib/sandbox/sandbox-blocker";
import { useController } from "./use-controller";

/** What a page gives every controller: its worker, its boot queue, its frames. */
export function browserOptions(timeLimitMs: number): SandboxControllerOptions {
  return {
    timeLimitMs,
    createWorker: createSandboxWorker,
    blocker: sandboxBlocker,
    bootQueue,
    onCodeRunnable: markCodeRunnable,
    frames: {
      request: (callback) => requestAnimationFrame(callback),
      cancel: (handle) => cancelAnimationFrame(handle),
    },
  };
}

/** A playground's server ({@link SandboxController}) as React state, with its actions. */
export function useSandboxRunner(timeLimitMs: number, onRunDone?: () => void): [SandboxController, SandboxState] {
  const runDone = useRef(onRunDone);
  useEffect(() => {
    runDone.current = onRunDone;
  });
  return useController(
    () => new SandboxController({ ...browserOptions(timeLimitMs), onRunDone: () => runDone.current?.() }),
  );
}
