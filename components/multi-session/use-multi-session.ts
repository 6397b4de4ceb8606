"use client";

import { useSyncExternalStore } from "react";
import { MultiSessionController, type MultiSessionState } from "@/lib/playground/multi-session-controller";
import type { SandboxState } from "@/lib/playground/sandbox-controller";
import { useController } from "@/components/playground/use-controller";
import { browserOptions } from "@/components/playground/use-sandbox-runner";

/** A multi-session playground's runs ({@link MultiSessionController}) and its server, as React state. */
export function useMultiSession(timeLimitMs: number): [MultiSessionController, MultiSessionState, SandboxState] {
  const [controller, state] = useController(() => new MultiSessionController(browserOptions(timeLimitMs)));
  const server = useSyncExternalStore(controller.server.subscribe, controller.server.get, controller.server.get);
  return [controller, state, server];
}
