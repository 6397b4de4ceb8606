"use client";

import { BUTTON } from "@/components/ui/button-styles";

/** Props of {@link SharedCodeNotice}. */
export interface SharedCodeNoticeProps {
  /** The reader has a saved edit of this example, kept apart while the shared code is shown. */
  hasOwnEdit: boolean;
  /** The link asked to run its code on open (which never happens). */
  askedToRun: boolean;
  onKeep: () => void;
  onBack: () => void;
}

const CHOICE = "flex flex-wrap items-baseline gap-x-2 gap-y-1";

/** Says what a share link's code is, that it has not run, and what each way out of it does. */
export function SharedCodeNotice({ hasOwnEdit, askedToRun, onKeep, onBack }: SharedCodeNoticeProps) {
  return (
    <div
      className="flex flex-col gap-1 rounded bg-sky-50 p-2 text-xs text-sky-900 dark:bg-sky-950/50 dark:text-sky-100"
      data-testid="shared-notice"
    >
      <p className="m-0">
        This is code someone shared with you by link. It has not run: it runs only when you press Run
        {askedToRun ? " (the link asks to run it on open, but code from a link never runs on its own)" : ""}.{" "}
        {hasOwnEdit
          ? "Your own edit of this example is kept apart and stays as it was."
          : "Your typing here changes only this link's code, not a saved edit."}
      </p>
      <p className={CHOICE}>
        <button type="button" className={BUTTON} onClick={onKeep} data-testid="keep-shared">
          Keep this code as my edit
        </button>
        {hasOwnEdit ? "saves it in place of your own edit." : "saves it as your edit of this example."}
      </p>
      <p className={CHOICE}>
        <button type="button" className={BUTTON} onClick={onBack} data-testid="back-to-own">
          {hasOwnEdit ? "Back to my edit" : "Back to the example's code"}
        </button>
        {hasOwnEdit
          ? "closes the shared code and shows your edit again."
          : "closes the shared code and shows the example's own code."}
      </p>
      <p className="m-0">Either way the server starts fresh, so nothing the shared code did stays in it.</p>
    </div>
  );
}

/** Props of {@link OtherTabNotice}. */
export interface OtherTabNoticeProps {
  onTakeOther: () => void;
  onKeepThis: () => void;
}

/** Another tab saved a different edit of this example: the reader picks which one to keep. */
export function OtherTabNotice({ onTakeOther, onKeepThis }: OtherTabNoticeProps) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-1 rounded bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
      data-testid="other-tab"
    >
      <p className="m-0">
        You saved a different version of this example in another tab. Until you choose, this tab saves nothing, so
        neither version is lost.
      </p>
      <p className={CHOICE}>
        <button type="button" className={BUTTON} onClick={onTakeOther} data-testid="take-other-tab">
          Use the other tab&apos;s code
        </button>
        puts it here, in place of this tab&apos;s code.
      </p>
      <p className={CHOICE}>
        <button type="button" className={BUTTON} onClick={onKeepThis} data-testid="keep-this-tab">
          Keep this tab&apos;s code
        </button>
        saves it in place of the other tab&apos;s; that tab will say so too.
      </p>
    </div>
  );
}

/** The edits the reader saved in another tab were taken here; this tab had nothing of its own that they replaced. */
export function UpdatedFromOtherTab() {
  return (
    <p role="status" className="text-xs text-zinc-600 dark:text-zinc-300" data-testid="updated-from-other-tab">
      Updated with the edit you saved in another tab.
    </p>
  );
}

/** Props of {@link LinkNotices}. */
export interface LinkNoticesProps extends SharedCodeNoticeProps {
  /** The code shown is a share link's. */
  shared: boolean;
  /** The embedding page's autorun was skipped because the reader's edit is shown. */
  autorunSkippedForEdit: boolean;
  /** What presses Run in this playground ("Run", "Run all at once"). */
  runLabel: string;
  /** Why a share link was refused, if it was. */
  refusal: string | null;
}

/** What a playground says about the code a link or an embedding page brought: shared, not run, or refused. */
export function LinkNotices({ shared, autorunSkippedForEdit, runLabel, refusal, ...notice }: LinkNoticesProps) {
  return (
    <>
      {shared ? <SharedCodeNotice {...notice} /> : null}
      {autorunSkippedForEdit ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-300" data-testid="autorun-skipped">
          This page asked to run the example&apos;s code on open. Your own edit of it is shown instead, so nothing ran:
          press {runLabel} to run your edit.
        </p>
      ) : null}
      {refusal ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300" data-testid="share-refused">
          {refusal}{" "}
          {notice.hasOwnEdit
            ? "Showing your own edit of this example instead."
            : "Showing the example's own code instead."}
        </p>
      ) : null}
    </>
  );
}
