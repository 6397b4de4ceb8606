"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

/** A framework-free controller from lib/playground: a snapshot, its listeners, and an end. */
export interface Controller<S> {
  get: () => S;
  subscribe: (listener: () => void) => () => void;
  dispose: () => void;
}

/** Makes `make()` once for this component, renders its snapshot, and disposes of it on unmount. */
export function useController<C extends Controller<unknown>>(make: () => C): [C, ReturnType<C["get"]>] {
  const [controller] = useState(make);
  const state = useSyncExternalStore(controller.subscribe, controller.get, controller.get);
  useEffect(() => () => controller.dispose(), [controller]);
  return [controller, state as ReturnType<C["get"]>];
}
