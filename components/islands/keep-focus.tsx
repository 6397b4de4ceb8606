"use client";

import { Component, type ReactNode, type RefObject } from "react";

/**
 * Keeps a keyboard reader's place when an island's live component replaces its server-rendered
 * shell. The shell's controls leave the page in that commit, and the focus would fall back to
 * <body>: a reader on the shell's Run button or inspector summary would lose their place, and an
 * Enter pressed just then would do nothing. Just before the commit this notes which control inside
 * `rootRef` has the focus; just after it (before the browser handles another key), if the focus
 * fell to <body>, the same control in the new content gets it.
 *
 * A class, because `getSnapshotBeforeUpdate` is React's one hook that runs before the DOM changes.
 */
export class KeepFocus extends Component<{ rootRef: RefObject<Element | null>; children: ReactNode }> {
  getSnapshotBeforeUpdate(): string | null {
    return focusedControlSelector(this.props.rootRef.current);
  }

  componentDidUpdate(_props: unknown, _state: unknown, selector: string | null): void {
    if (!selector) return;
    const active = document.activeElement;
    if (active && active !== document.body) return; // the focused control survived, or the reader moved on
    this.props.rootRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }

  render(): ReactNode {
    return this.props.children;
  }
}

/**
 * A selector for the focused element inside `root` that finds its counterpart in the live
 * component: its `data-testid`, or a `<summary>` under a `data-testid` (the cache inspector's).
 */
export function focusedControlSelector(root: Element | null): string | null {
  const active = document.activeElement;
  if (!root || !(active instanceof HTMLElement) || !root.contains(active)) return null;
  const own = active.getAttribute("data-testid");
  if (own) return `[data-testid="${CSS.escape(own)}"]`;
  const parent = active.parentElement?.getAttribute("data-testid");
  if (active.tagName === "SUMMARY" && parent) return `[data-testid="${CSS.escape(parent)}"] > summary`;
  return null;
}
