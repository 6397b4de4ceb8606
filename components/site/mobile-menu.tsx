"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useRef } from "react";
import { ResetProgressGate } from "@/components/learning/progress-gate";
import { TutorialNav, type NavTutorial } from "./tutorial-nav";

/**
 * The sidebar on small screens: a menu button opening a modal <dialog> (which brings focus
 * trapping, Escape to close and a backdrop for free). Hidden from the lg breakpoint up.
 */
export function MobileMenu({ tutorials }: { tutorials: NavTutorial[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();
  const currentSlug = /^\/tutorials\/([^/]+)/.exec(pathname ?? "")?.[1];
  const close = () => dialog.current?.close();

  return (
    <div className="lg:hidden">
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        aria-haspopup="dialog"
        data-testid="menu-button"
        className="inline-flex size-9 items-center justify-center rounded-lg text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
      >
        <span className="sr-only">Open menu</span>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
      </button>
      <dialog
        ref={dialog}
        aria-label="Menu"
        data-testid="mobile-menu"
        // A click on the backdrop lands on the dialog element itself: treat it as "close".
        onClick={(event) => event.target === event.currentTarget && close()}
        className="m-0 h-full max-h-none w-80 max-w-[85vw] bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-zinc-900/50 dark:bg-zinc-950 dark:text-zinc-100"
      >
        <div className="flex h-full flex-col">
          <div className="flex items-center justify-between border-b border-zinc-200 px-5 py-3 dark:border-zinc-800">
            <Link href="/" onClick={close} className="font-semibold">
              Cache Lab
            </Link>
            <button
              type="button"
              onClick={close}
              className="inline-flex size-9 items-center justify-center rounded-lg text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              <span className="sr-only">Close menu</span>
              <svg
                aria-hidden="true"
                viewBox="0 0 24 24"
                className="size-5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              >
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </button>
          </div>
          <nav aria-label="Tutorials" className="overflow-y-auto px-5 py-6">
            <TutorialNav tutorials={tutorials} currentSlug={currentSlug} onNavigate={close} />
            <ResetProgressGate />
          </nav>
        </div>
      </dialog>
    </div>
  );
}
