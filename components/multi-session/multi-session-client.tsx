"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
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
import { OtherTabNotice, LinkNotices, UpdatedFromOtherTab } from "@/components/playground/code-choices";
import { usePlaygroundCode } from "@/components/playground/use-playground-code";
import { useShareEmbedActions } from "@/components/share/use-share-embed-actions";
import { useShareLink, type ShareLinkState } from "@/components/share/use-share-link";
import { autorunDecision } from "@/lib/playground/autorun";
import { encodeShareFragment, MAX_FRAGMENT_LENGTH, type MultiSessionSetup } from "@/lib/share/share-link";
import { readScheduleFor } from "@/lib/streamlit/schedule-text";
import type { Schedule } from "@/lib/streamlit/types";
import { useNoteRunEnd } from "@/components/learning/use-progress";
import { SessionPane } from "./session-pane";
import { describeStep, stepOutcome, Timeline } from "./timeline";
import { statusText } from "@/lib/multi-session/status-text";
import { useMultiSession } from "./use-multi-session";
import { PredictPanel } from "@/components/learning/predict-panel";
import type { Question } from "@/lib/learning/predictions";
import { PHONE_QUERY } from "@/components/playground/editor-layout";

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
  /** Inside an embed: no Share or Embed actions. */
  embedded?: boolean;
  /** The code and the schedule cannot be edited (embeds with `readonly`). */
  readOnly?: boolean;
  /**
   * Run all sessions at once, under the schedule, when the playground nears the viewport (embeds with
   * `autorun`); as in the single playground, only the example's own code and schedule, never a link's
   * or a saved edit, and not after its last run crashed the page.
   */
  autorun?: boolean;
}

let instances = 0;

/** One app, several sessions on one emulated server: run them alone, all at once, or step by step. */
export function MultiSessionClient({
  example,
  title,
  original,
  sessions: ownSessions,
  schedule: initialSchedule,
  timeLimitMs,
  staticCode,
  twin,
  predict,
  embedded = false,
  readOnly = false,
  autorun = false,
}: MultiSessionClientProps) {
  const rootRef = useRef<HTMLElement>(null);
  const near = useNearViewport(rootRef);
  const [multi, state, { phase, notice }] = useMultiSession(timeLimitMs);
  // The same store as the single playground: edits are saved per example as the reader types.
  const saved = useSavedCode(example, original);
  const link = useShareLink(example, rootRef);
  const linkSetup = link.shared?.multi;
  // A link from a multi-session playground brings its sessions and schedule with its code.
  const sessions = linkSetup?.sessions ?? ownSessions;
  // The schedule typed by the reader belongs to the code it was typed over: opening or leaving a
  // link's code brings that code's schedule back (the link's, or the tutorial's).
  const [scheduleEdit, setScheduleEdit] = useState<{ over: unknown; text: string } | null>(null);
  const scheduleText =
    scheduleEdit && scheduleEdit.over === link.shared ? scheduleEdit.text : (linkSetup?.schedule ?? initialSchedule);
  const setup = useMemo<MultiSessionSetup>(() => ({ sessions, schedule: scheduleText }), [sessions, scheduleText]);
  const setupRef = useRef(setup);
  useEffect(() => {
    setupRef.current = setup;
  }, [setup]);
  // Typing in a link's code keeps the address bar's link in step with the schedule as it is now.
  const { update: updateLink } = link;
  const updateWithSetup = useCallback((next: string) => updateLink(next, setupRef.current), [updateLink]);
  const linkForCode = useMemo<ShareLinkState>(() => ({ ...link, update: updateWithSetup }), [link, updateWithSetup]);
  const source = usePlaygroundCode(saved, linkForCode);
  const shared = source.owner === "shared";
  const code = source.code;
  const codeRef = useRef(code);
  useEffect(() => {
    codeRef.current = code;
  }, [code]);
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

  const { setCode } = source;
  // The ref is updated at once: Ctrl+Enter right after typing must run what was typed.
  const onChange = useCallback(
    (value: string) => {
      codeRef.current = value;
      setCode(value);
    },
    [setCode],
  );

  const setSchedule = (text: string) => {
    setScheduleEdit({ over: link.shared, text });
    // The message was about the text as it was: it goes once the reader changes it.
    setScheduleError(null);
    if (shared) link.update(codeRef.current, { sessions, schedule: text });
  };
  const readSchedule = (): Schedule | null => {
    try {
      const parsed = readScheduleFor(scheduleText, { sessions, lineCount: codeRef.current.split("\n").length });
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
    journal.noteStart(shared);
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
    readOnly,
  };

  // Leaving a link's code, either way, starts a fresh server: nothing the shared code did stays in it.
  const { keepShared, backToOwn } = source;
  const onKeepShared = () => {
    keepShared();
    // The link's schedule stays in the field with the code it came with.
    setScheduleEdit({ over: null, text: scheduleText });
    multi.restart();
  };
  const onBackToOwn = () => {
    backToOwn();
    setScheduleEdit(null);
    multi.restart();
  };

  // An embed's `autorun`: decided once, as in the single playground.
  const [autorunSkipped, setAutorunSkipped] = useState<"shared" | "edit" | null>(null);
  const autoran = useRef(false);
  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  });
  const editedSetup = code !== original || scheduleText !== initialSchedule;
  useEffect(() => {
    if (autoran.current || !autorun) return;
    const decision = autorunDecision({
      near,
      journalChecked: journal.checked,
      crashed: journal.crashed !== null,
      autorun,
      runRequested: false,
      shared,
      edited: editedSetup,
    });
    if (decision === null) return;
    autoran.current = true;
    // Known only here, once the journal has been read; said under the toolbar.
    if (decision === "run") startRef.current(sessions, false);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    else setAutorunSkipped(decision === "skip-shared" ? "shared" : "edit");
  }, [near, autorun, journal.checked, journal.crashed, shared, editedSetup, sessions]);

  // The embed opens what the reader sees: their code and schedule when they differ from the example's.
  const embedFragment = useMemo(() => {
    const own = code === original && scheduleText === initialSchedule && sessions === ownSessions;
    if (own) return undefined;
    const fragment = encodeShareFragment({ example, code, autorun: false, multi: setup });
    return fragment.length - 1 <= MAX_FRAGMENT_LENGTH ? fragment : undefined;
  }, [code, original, scheduleText, initialSchedule, sessions, ownSessions, example, setup]);
  const idPrefix = `multi-session-${example.replace(/\//g, "-")}`;
  const actions = useShareEmbedActions({ example, title, code, idPrefix, multi: setup, embedFragment });

  return (
    <section
      ref={rootRef}
      id={`playground-${example.replace(/\//g, "-")}`}
      className={`${PLAYGROUND_FRAME} gap-3`}
      aria-label={`Multi-session playground: ${title}`}
      data-testid="multi-session"
      data-example={example}
      data-phase={phase}
    >
      <h3 className="m-0 font-mono text-sm font-semibold">
        {title}
        {shared ? (
          <span
            className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 font-sans text-xs font-semibold text-sky-900 dark:bg-sky-950 dark:text-sky-100"
            data-testid="shared-badge"
          >
            Shared code
          </span>
        ) : null}
      </h3>
      <CodeTwinFrame twin={twin} example={example} title={title} code={code} original={original}>
        <EditorSurface
          kind={editorKind}
          ready={editorReady}
          staticCode={staticCode}
          editor={editorProps}
          runsWhat="runs all sessions at once"
        />
      </CodeTwinFrame>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={scheduleId} className="flex min-w-0 grow flex-col text-xs font-medium">
          Schedule for &ldquo;all at once&rdquo; (a seed number, or e.g. &ldquo;A until line 8, then B, then A&rdquo;)
          <input
            id={scheduleId}
            value={scheduleText}
            onChange={(e) => setSchedule(e.currentTarget.value)}
            readOnly={readOnly}
            aria-invalid={scheduleError !== null}
            aria-describedby={scheduleError ? `${scheduleId}-error` : undefined}
            className="mt-1 min-w-0 rounded border border-zinc-300 bg-transparent px-2 py-1 font-mono text-sm focus-visible:outline-2 focus-visible:outline-sky-500 aria-invalid:border-red-600 dark:border-zinc-600 dark:aria-invalid:border-red-400"
            data-testid="schedule"
          />
        </label>
        {/* Right under the field it is about, and tied to it, so a screen reader hears it with the field too. */}
        <p
          id={`${scheduleId}-error`}
          role="alert"
          className="m-0 text-sm break-words text-red-700 empty:hidden dark:text-red-300"
          data-testid="schedule-error"
        >
          {scheduleError}
        </p>
      </div>
      {/* Run and Run to end are aria-disabled, not disabled, while busy: the one just pressed keeps the keyboard focus. */}
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={`Controls of ${title}`}>
        {sessions.map((name) => (
          <button
            key={name}
            type="button"
            className={BUTTON}
            aria-disabled={busy}
            onClick={() => !busy && start([name], false)}
            data-testid={`run-${name}`}
          >
            Run {name}
          </button>
        ))}
        <button
          type="button"
          className={RUN_BUTTON}
          aria-disabled={busy}
          onClick={() => !busy && start(sessions, false)}
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
          aria-disabled={!stepping}
          onClick={() => stepping && multi.runToEnd()}
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
          edited={!shared && saved.edited}
          onReset={() => {
            saved.reset();
            // Nothing the edited code left in the server may reach the example's own runs.
            multi.restart();
          }}
        />
        <CopyCodeButton code={code} label={title} />
        {embedded ? null : actions.buttons}
      </div>
      {embedded ? null : actions.panel}
      <LinkNotices
        shared={shared}
        hasOwnEdit={saved.edited}
        askedToRun={link.askedToRun || autorun}
        onKeep={onKeepShared}
        onBack={onBackToOwn}
        autorunSkippedForEdit={autorunSkipped === "edit"}
        runLabel="Run all at once"
        refusal={link.refusal}
      />
      {predict ? (
        <PredictPanel
          question={predict}
          result={state.results[predict.kind === "fail" && predict.session ? predict.session : sessions[0]]}
          busy={busy}
          onRun={() => start(sessions, false)}
        />
      ) : null}
      {journal.crashed ? (
        <CrashNotice
          startedAt={journal.crashed.startedAt}
          autorunSkipped={autorun || link.askedToRun}
          shared={journal.crashed.shared}
          sharedShown={shared}
        />
      ) : null}
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
