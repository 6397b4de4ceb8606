"use client";

import { Component, type ReactNode } from "react";

/** Props of {@link ContainedError}. */
export interface ContainedErrorProps {
  children: ReactNode;
  /** What to draw instead of the children after they threw; `retry` draws them again. */
  fallback: (message: string, retry: () => void) => ReactNode;
  /** A new value (the next run's id) draws the children again. */
  resetKey?: unknown;
}

interface State {
  message: string | null;
  key: unknown;
}

/**
 * An error boundary: a render failure inside stays inside. Without one, React unmounts the whole
 * page when any component throws, so one playground's odd output would take every other
 * playground (and the reader's unsaved typing in them) down with it.
 */
export class ContainedError extends Component<ContainedErrorProps, State> {
  state: State = { message: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    let message = "unknown error";
    try {
      message = error instanceof Error ? error.message : String(error);
    } catch {
      // A thrown value that cannot even be turned into text: the generic words above do.
    }
    return { message: message.slice(0, 500) };
  }

  static getDerivedStateFromProps(props: ContainedErrorProps, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { key: props.resetKey, message: null } : null;
  }

  render() {
    if (this.state.message === null) return this.props.children;
    return this.props.fallback(this.state.message, () => this.setState({ message: null }));
  }
}
