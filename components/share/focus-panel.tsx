"use client";

import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import { PANEL_BUTTON } from "./panel-styles";

const FOCUSABLE =
  "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])";

/** Props of {@link FocusPanel}. */
export interface FocusPanelProps {
  id: string;
  /** What the panel is, for screen readers ("Share Uber rides, cached"). */
  label: string;
  /** Closes the panel; the caller gives the focus back to the button that opened it. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * The frame of the Share and Embed panels. It takes the focus when it opens (its first field, so a
 * keyboard reader lands on the link to copy), keeps Tab and Shift+Tab inside it while open, and
 * Escape or its Close button close it. A mouse can still click anywhere else.
 */
export function FocusPanel({ id, label, onClose, children }: FocusPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== "Tab" || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const [first, last] = [items[0], items.at(-1)];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div id={id} ref={ref} role="dialog" aria-label={label} onKeyDown={onKeyDown} data-testid="focus-panel">
      {children}
      <button type="button" className={`${PANEL_BUTTON} mt-2`} onClick={onClose} data-testid="close-panel">
        Close <span className="sr-only">{label}</span>
      </button>
    </div>
  );
}
