"use client";

import { useEffect, useId, useState } from "react";
import { BUTTON } from "@/components/ui/button-styles";
import { canAsk, choicesOf, grade, promptOf, type Grade, type Question } from "@/lib/learning/predictions";
import type { RunResult } from "@/lib/streamlit/types";

/** Props of {@link PredictPanel}. */
export interface PredictPanelProps {
  question: Question;
  /** The result the question is graded on: the playground's last run (a multi-session's chosen session). */
  result: RunResult | undefined;
  /** A run is going: answers wait for it. */
  busy: boolean;
  /** Runs the code, as Run does. */
  onRun: () => void;
}

/**
 * "Predict, then run": the question and one button per answer. A button records the answer and
 * runs; once that run's result is in, the panel says "Right" or "Not quite", why, and links to the
 * section that teaches it. It asks again before every run, because the answer changes from run to
 * run (a miss, then hits; a first run that works, then one that fails), and that change is the lesson.
 */
export function PredictPanel({ question, result, busy, onRun }: PredictPanelProps) {
  const id = useId();
  const [pending, setPending] = useState<{ answer: string; before: RunResult | undefined } | null>(null);
  const [graded, setGraded] = useState<{ answer: string; grade: Grade | null; run: RunResult } | null>(null);
  useEffect(() => {
    if (!pending || busy || result === undefined || result === pending.before) return;
    // The run the answer was given for has finished: grade it against the run before it.
    const graded = grade(question, pending.answer, result, pending.before);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setGraded({ answer: pending.answer, grade: graded, run: result });
    setPending(null);
    // The reader's progress counts the right answers of each tutorial (not in embeds: no tutorial).
    if (graded) {
      const questionId = `${question.kind}:${"fn" in question ? question.fn : ""}:${"session" in question ? (question.session ?? "") : ""}`;
      void import("@/lib/learning/progress").then((progress) => {
        const slug = progress.tutorialSlugFromPath(window.location.pathname);
        if (slug) progress.recordAnswer(slug, questionId, graded.correct);
      });
    }
  }, [pending, busy, result, question]);
  // A grade belongs to its run: a later run made without an answer takes it away.
  const shown = graded?.run === result ? graded : null;
  const askable = canAsk(question, result);
  const choices = choicesOf(question);
  const answered = shown ? choices.find((c) => c.value === shown.answer)?.label : undefined;
  return (
    <div
      role="group"
      aria-labelledby={id}
      className="flex flex-col gap-1.5 rounded border border-sky-200 bg-sky-50 p-2 text-sm dark:border-sky-900 dark:bg-sky-950/40"
      data-testid="predict"
      data-kind={question.kind}
    >
      <p id={id} className="m-0">
        <span className="font-semibold">Predict, then run: </span>
        {promptOf(question)}
      </p>
      {askable ? (
        <div className="flex flex-wrap gap-2">
          {choices.map((choice) => (
            <button
              key={choice.value}
              type="button"
              className={`${BUTTON} bg-white dark:bg-zinc-900`}
              disabled={busy || pending !== null}
              onClick={() => {
                setPending({ answer: choice.value, before: result });
                setGraded(null);
                onRun();
              }}
              data-answer={choice.value}
            >
              {choice.label}
            </button>
          ))}
        </div>
      ) : (
        <p className="m-0 text-xs text-zinc-700 dark:text-zinc-300">
          Run it once first: this question compares a run with the one before it.
        </p>
      )}
      <p className="m-0 empty:hidden" aria-live="polite" data-testid="predict-result">
        {shown ? (
          shown.grade ? (
            <>
              <strong data-testid="predict-verdict">{shown.grade.correct ? "Right." : "Not quite."}</strong> You said
              &ldquo;{answered}&rdquo;. {shown.grade.explanation}{" "}
              <a href={question.href} className="underline">
                More in &ldquo;{question.section}&rdquo;
              </a>
            </>
          ) : (
            "This run did not reach the call the question is about, so there is nothing to grade. Try again."
          )
        ) : null}
      </p>
    </div>
  );
}
