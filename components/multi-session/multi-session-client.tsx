"use client";

import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import "@/components/playground/playground.css";
import type { EditorProps } from "@/components/playground/editor-props";
import { EditorSurface, type EditorKind } from "@/components/playground/editor-surface";
import { BUTTON, PLAYGROUND_FRAME, RUN_BUTTON } from "@/components/ui/button-styles";
import { CodeTwinFrame } from "@/components/twin/code-twin-frame";
import type { TwinProps } from "@/components/twin/twin-types";
import { ResetCodeButton } from "@/components/playground/reset-code-button";
import { CopyCodeButton } from "@/components/playground/copy-code-button";
import { useNearViewport } from "@/components/playground/use-near-viewport";
import type { WidgetChange } from "@/lib/playground/widgets";
import { useSavedCode } from "@/components/playground/use-saved-code";
import { useRunJournal } from "@/components/playground/use-run-journal";
import { CrashNotice } from "@/components/playground/crash-notice";
import { OtherTabNotice, UpdatedFromOtherTab } from "@/components/playground/code-choices";
import { parseSchedule } from "@/lib/streamlit/schedule-text";
import type { Schedule } from "@/lib/streamlit/types";
import { useNoteRunEnd } from "@/components/learning/use-progress";
import { SessionPane } from "./session-pane";
import { describeStep, stepOutcome, Timeline } from "./timeline";
import { statusText } from "@/lib/multi-session/status-text";
import { useMultiSession } from "./use-multi-session";
import { PredictPanel } from "@/components/learning/predict-panel";
import type { Question } from "@/lib/learning/predictions";

/** Props of {@link MultiSessionClient}; the server component fills them from the example file. */
export interface MultiSessionClientProps {
  /** Example name, e.g. "concurrency/lost-update". */
  example: string;
  title: string;
  /** The example's code, shared by every session. */
  original: string;
  /** Session names, e.g. ["A", "B"]. */
  sessions: string[];
  /** The schedule shown at first, as the tutorial writes it. */
  schedule: string;
  /** A run (or one step of a stepped run) longer than this is stopped and the server restarted. */
  timeLimitMs: number;
  /** The server-rendered, highlighted code, shown until the editor is ready. */
  staticCode: ReactNode;
  /** The example's Python twin, for the TypeScript | Python toggle. */
  twin?: TwinProps;
  /** A question asked before each "Run all at once", graded on its `session`'s run (default: the first). */
  predict?: Question;
}

const PHONE_QUERY = "(max-width: 639px)";
let instances = 0;

/** One app, several sessions on one emulated server: run them alone, all at once, or step by step. */
export function MultiSessionClient({
  example,
  title,
  original,
  sessions,
  schedule: initialSchedule,
  timeLimitMs,
  staticCode,
  twin,
  predict,
}: MultiSessionClientProps) {
  const rootRef = useRef<HTMLElement>(null);
  const near = useNearViewport(rootRef);
  const [multi, state, { phase, notice }] = useMultiSession(timeLimitMs);
  // The same store as the single playground: edits are saved per example as the reader types.
  const saved = useSavedCode(example, original);
  const code = saved.code;
  const codeRef = useRef(code);
  useEffect(() => {
    codeRef.current = code;
  }, [code]);
  const [scheduleText, setScheduleText] = useState(initialSchedule);
  const [scheduleError, setScheduleError] = useState<string | null>(null);
  const [editorKind, setEditorKind] = useState<EditorKind>("none");
  const [editorReady, setEditorReady] = useState(false);
  const [modelPath] = useState(() => `multi-${example}-${++instances}`);
  const scheduleId = useId();
  const nextRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!near) return;
    // Chosen once in the browser, where the screen size is known.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEditorKind(window.matchMedia(PHONE_QUERY).matches ? "codemirror" : "monaco");
    multi.server.boot();
  }, [near, multi]);

  const { setCode } = saved;
  // The ref is updated at once: Ctrl+Enter right after typing must run what was typed.
  const onChange = useCallback(
    (value: string) => {
      codeRef.current = value;
      setCode(value);
    },
    [setCode],
  );

  const readSchedule = (): Schedule | null => {
    try {
      const parsed = parseSchedule(scheduleText);
      setScheduleError(null);
      return parsed;
    } catch (error) {
      setScheduleError(error instanceof Error ? error.message : String(error));
      return null;
    }
  };
  const running = state.running;
  const busy = running !== null;
  // As in the single playground: a run that takes the tab down is reported by the next page.
  const journal = useRunJournal(example, busy);
  useNoteRunEnd(example, busy);
  const start = (names: string[], manual: boolean, widget?: WidgetChange) => {
    const schedule = names.length > 1 ? readSchedule() : { plan: [] };
    if (!schedule) return;
    saved.flush();
    journal.noteStart();
    journal.dismiss();
    multi.run(names, codeRef.current, schedule, manual, widget && { session: names[0], change: widget });
  };

  const stepping = running?.manual === true;
  const latest = state.steps.at(-1);
  const pausedStep = stepping && latest?.status === "paused" && latest.nextLine ? latest : null;
  const paused = pausedStep?.nextLine
    ? { line: pausedStep.nextLine, text: `Session ${pausedStep.session} ${stepOutcome(pausedStep)}.` }
    : null;
  // One error marked in the shared code: the first session's (a syntax error is the same in all).
  const failed = busy ? undefined : sessions.map((name) => state.results[name]).find((r) => r?.error?.line);
  const editorProps: EditorProps = {
    modelPath,
    value: code,
    onChange,
    onRun: () => start(sessions, false),
    error: failed?.error ?? null,
    paused,
    label: `Code of the ${title} example, run by every session. Ctrl+Enter or Cmd+Enter runs all sessions at once.`,
    onReady: () => setEditorReady(true),
  };

  return (
    <section
      ref={rootRef}
      className={`${PLAYGROUND_FRAME} gap-3`}
      aria-label={`Multi-session playground: ${title}`}
      data-testid="multi-session"
      data-example={example}
      data-phase={phase}
    >
      <h3 className="m-0 font-mono text-sm font-semibold">{title}</h3>
      <CodeTwinFrame twin={twin} example={example} title={title} code={code} original={original}>
        <EditorSurface
          kind={editorKind}
          ready={editorReady}
          staticCode={staticCode}
          editor={editorProps}
          runsWhat="runs all sessions at once"
        />
      </CodeTwinFrame>
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={scheduleId} className="flex min-w-0 grow flex-col text-xs font-medium">
          Schedule for &ldquo;all at once&rdquo; (a seed number, or e.g. &ldquo;A until line 8, then B, then A&rdquo;)
          <input
            id={scheduleId}
            value={scheduleText}
            onChange={(e) => setScheduleText(e.currentTarget.value)}
            aria-invalid={scheduleError !== null}
            className="mt-1 min-w-0 rounded border border-zinc-300 bg-transparent px-2 py-1 font-mono text-sm focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-600"
            data-testid="schedule"
          />
        </label>
      </div>
      {scheduleError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {scheduleError}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={`Controls of ${title}`}>
        {sessions.map((name) => (
          <button
            key={name}
            type="button"
            className={BUTTON}
            disabled={busy}
            onClick={() => start([name], false)}
            data-testid={`run-${name}`}
          >
            Run {name}
          </button>
        ))}
        <button
          type="button"
          className={RUN_BUTTON}
          disabled={busy}
          onClick={() => start(sessions, false)}
          data-testid="run-all"
        >
          Run all at once
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={busy}
          onClick={() => {
            start(sessions, true);
            // Step through is disabled once pressed: keyboard focus moves on to the button used next.
            requestAnimationFrame(() => nextRef.current?.focus());
          }}
          data-testid="step-start"
        >
          Step through
        </button>
        {/* aria-disabled, not disabled, while a step is computing: pressing Enter again must not lose focus. */}
        <button
          ref={nextRef}
          type="button"
          className={`${BUTTON} aria-disabled:cursor-wait aria-disabled:opacity-50`}
          disabled={!stepping}
          aria-disabled={stepping && running?.awaitingStep ? true : undefined}
          onClick={() => multi.next()}
          data-testid="next-step"
        >
          Next step
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={!stepping}
          onClick={() => multi.runToEnd()}
          data-testid="run-to-end"
        >
          Run to end
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={!busy}
          onClick={() => multi.server.stop()}
          data-testid="stop"
        >
          Stop
        </button>
        <button type="button" className={BUTTON} onClick={() => multi.restart()} data-testid="restart">
          Restart server
        </button>
        <ResetCodeButton
          edited={saved.edited}
          onReset={() => {
            saved.reset();
            // Nothing the edited code left in the server may reach the example's own runs.
            multi.restart();
          }}
        />
        <CopyCodeButton code={code} label={title} />
      </div>
      {predict ? (
        <PredictPanel
          question={predict}
          result={state.results[predict.kind === "fail" && predict.session ? predict.session : sessions[0]]}
          busy={busy}
          onRun={() => start(sessions, false)}
        />
      ) : null}
      {journal.crashed ? <CrashNotice startedAt={journal.crashed.startedAt} /> : null}
      {saved.originalChanged ? (
        <p className="text-xs text-amber-700 dark:text-amber-300">
          This example changed since you edited it. Your version is shown; Reset code shows the new one.
        </p>
      ) : null}
      {saved.otherTab !== null ? (
        <OtherTabNotice onTakeOther={saved.takeOtherTab} onKeepThis={saved.keepThisTab} />
      ) : null}
      {saved.updatedFromOtherTab ? <UpdatedFromOtherTab /> : null}
      {saved.saveProblem ? (
        <p className="text-xs text-red-700 dark:text-red-300">
          Your edits cannot be saved in this browser ({saved.saveProblem}).
        </p>
      ) : null}
      <p className="text-xs text-zinc-600 dark:text-zinc-400" role="status" data-testid="multi-status">
        {statusText(phase, running, state.results)}
      </p>
      {notice ? (
        <p
          role={notice.tone === "info" ? "status" : "alert"}
          data-testid="notice"
          className={`rounded p-2 text-sm ${notice.tone === "info" ? "bg-sky-50 dark:bg-sky-950/50" : "bg-amber-50 dark:bg-amber-950/50"}`}
        >
          {notice.text}
        </p>
      ) : null}
      {state.problem ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.problem}
        </p>
      ) : null}
      <div className="grid min-w-0 gap-2 sm:grid-cols-2">
        {sessions.map((name) => (
          <SessionPane
            key={name}
            name={name}
            result={state.results[name]}
            source={state.source || code}
            running={running?.sessions.includes(name) ?? false}
            busy={busy}
            onWidget={(widget) => start([name], false, widget)}
            liveSteps={running ? state.steps.filter((s) => s.session === name) : []}
          />
        ))}
      </div>
      <div className="min-w-0">
        <h4 className="m-0 mb-1 text-sm font-semibold">Timeline</h4>
        <Timeline steps={state.steps} source={state.source || code} title={title} />
        {state.stepsLeftOut > 0 ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="timeline-limit">
            The timeline shows the first {state.steps.length.toLocaleString("en")} steps;{" "}
            {state.stepsLeftOut.toLocaleString("en")} more ran after them.
          </p>
        ) : null}
        <p className="sr-only" aria-live="polite" data-testid="timeline-live">
          {latest ? describeStep(latest) : ""}
        </p>
      </div>
    </section>
  );
}
