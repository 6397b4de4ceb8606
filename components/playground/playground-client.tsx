"use client";

import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from "react";
import { useShareEmbedActions } from "@/components/share/use-share-embed-actions";
import { useShareLink } from "@/components/share/use-share-link";
import { CodeTwinFrame } from "@/components/twin/code-twin-frame";
import type { TwinProps } from "@/components/twin/twin-types";
import { CacheInspector } from "@/components/inspector/cache-inspector";
import { PLAYGROUND_FRAME } from "@/components/ui/button-styles";
import "./playground.css";
import type { EditorProps } from "./editor-props";
import { OutputElement, ExceptionBox, outputKey } from "./output-elements";
import { StatusLine } from "./status-line";
import { EditorSurface, type EditorKind } from "./editor-surface";
import { Toolbar } from "./toolbar";
import { ResetCodeButton } from "./reset-code-button";
import { CopyCodeButton } from "./copy-code-button";
import { EMPTY_OUTPUT_TEXT, PlaygroundHeading } from "./pieces";
import { useNearViewport } from "./use-near-viewport";
import { useRunJournal } from "./use-run-journal";
import { CrashNotice } from "./crash-notice";
import { OtherTabNotice, LinkNotices, UpdatedFromOtherTab } from "./code-choices";
import { usePlaygroundCode } from "./use-playground-code";
import { ContainedError } from "./contained-error";
import { notePlaygroundRun } from "@/components/learning/use-progress";
import { LeftRunningNotice } from "./left-running-notice";
import { TerminalPane } from "./terminal-pane";
import { useSandboxRunner } from "./use-sandbox-runner";
import { autorunDecision } from "@/lib/playground/autorun";
import type { WidgetChange } from "@/lib/playground/widgets";
import { useSavedCode } from "./use-saved-code";
import { PredictPanel } from "@/components/learning/predict-panel";
import type { Question } from "@/lib/learning/predictions";
import { PHONE_QUERY } from "./editor-layout";

/** What a parent (the side-by-side pair) may do with a playground. */
export interface PlaygroundHandle {
  /** Runs the current code, as the Run button does. */
  run: () => void;
}

/** Props of {@link PlaygroundClient}; the server component fills them from the example file. */
export interface PlaygroundClientProps {
  /** Example name, e.g. "mutation/uber-cache-resource"; keys the saved edits. */
  example: string;
  /** Short heading of this playground, e.g. "st.cacheResource". */
  title: string;
  /** The example's source as shipped. */
  original: string;
  /** A run longer than this is stopped. */
  timeLimitMs: number;
  /** The server-rendered, highlighted code, shown until the editor is ready. */
  staticCode: ReactNode;
  ref?: Ref<PlaygroundHandle>;
  /** The code cannot be edited (embeds with `readonly`). */
  readOnly?: boolean;
  /**
   * Run the example's own code once as soon as the playground is near the viewport (embeds with
   * `autorun`), unless its last run crashed the page. Never a share link's code or a saved edit:
   * a page that frames the embed must not be able to run anything else without a click.
   */
  autorun?: boolean;
  /** The reader pressed Run before this live playground came in: run once, at once. */
  runRequested?: boolean;
  /** Inside an embed: no Share or Embed actions. */
  embedded?: boolean;
  /** The example's Python twin, for the TypeScript | Python toggle (none in embeds). */
  twin?: TwinProps;
  /** A question asked before each run ("Will this run be a cache hit or a miss?"), answered in one click. */
  predict?: Question;
}

/** Longest wait for the editor before the sandbox boots anyway. */
const SANDBOX_BOOT_DELAY_MS = 1_200;
let instances = 0;

/** A live playground: editor, toolbar, status line and output, over its own sandbox worker. */
export function PlaygroundClient({
  example,
  title,
  original,
  timeLimitMs,
  staticCode,
  ref,
  readOnly = false,
  autorun = false,
  runRequested = false,
  embedded = false,
  twin,
  predict,
}: PlaygroundClientProps) {
  const rootRef = useRef<HTMLElement>(null);
  const near = useNearViewport(rootRef);
  const saved = useSavedCode(example, original);
  const link = useShareLink(example, rootRef);
  const source = usePlaygroundCode(saved, link);
  const [languageService, setLanguageService] = useState(false);
  const [runner, server] = useSandboxRunner(timeLimitMs, () => {
    setLanguageService(true);
    notePlaygroundRun(example);
  });
  const journal = useRunJournal(example, server.runningSince !== null);
  const [editorKind, setEditorKind] = useState<EditorKind>("none");
  const [editorReady, setEditorReady] = useState(false);
  const [modelPath] = useState(() => `${example}-${++instances}`);
  const codeRef = useRef(source.code);
  // The widget to give the focus back to once the rerun it triggered is drawn.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    codeRef.current = source.code;
  }, [source.code]);
  const { setCode } = source;
  // The ref is updated at once, not after the next render: Ctrl+Enter right after typing must run what was typed.
  const onCodeChange = useCallback(
    (code: string) => {
      codeRef.current = code;
      setCode(code);
    },
    [setCode],
  );

  useEffect(() => {
    if (!near) return;
    // The screen size is only known in the browser, and the editor is chosen once, when booting.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEditorKind(window.matchMedia(PHONE_QUERY).matches ? "codemirror" : "monaco");
  }, [near]);
  // The sandbox boots once the editor is up (or after a moment), so Monaco and danfojs are not
  // parsed at the same time on a two-core machine; a Run click boots it at once regardless.
  useEffect(() => {
    if (!near) return;
    if (editorReady) return runner.boot();
    const timer = setTimeout(() => runner.boot(), SANDBOX_BOOT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [near, editorReady, runner]);

  const { flush: flushSavedCode } = saved;
  const { noteStart, dismiss: dismissCrash } = journal;
  const shared = source.owner === "shared";
  const run = useCallback(
    (widget?: WidgetChange) => {
      // A script that fills the memory takes the whole tab down within a second: the code is
      // written now, not after the typing pause, and the run is noted so the next page can say so.
      flushSavedCode();
      noteStart(shared);
      dismissCrash();
      // A widget used from the keyboard keeps the focus across the rerun it triggers, though it is
      // disabled while the script runs and drawn anew after.
      refocus.current = widget && rootRef.current?.contains(document.activeElement) ? widget.id : null;
      runner.run(codeRef.current, widget);
    },
    [runner, flushSavedCode, noteStart, dismissCrash, shared],
  );
  const runningNow = server.runningSince !== null;
  useEffect(() => {
    if (runningNow || refocus.current === null) return;
    const id = refocus.current;
    refocus.current = null;
    const widget = [...(rootRef.current?.querySelectorAll<HTMLElement>("[data-widget-id]") ?? [])].find(
      (el) => el.dataset.widgetId === id,
    );
    // Only if nothing else took the focus meanwhile (a disabled control drops it to the page).
    if (widget && (document.activeElement === document.body || document.activeElement === null)) widget.focus();
  }, [runningNow, server.output]);
  // A run that failed brings its error into view (the alert itself is read out as it appears), so a
  // reader who pressed Run far above the output sees what went wrong.
  const failedRun = !runningNow && server.output?.result.error ? server.output.runId : null;
  useEffect(() => {
    if (failedRun === null) return;
    rootRef.current?.querySelector('[data-testid="exception"]')?.scrollIntoView({ block: "nearest" });
  }, [failedRun]);
  const { crashed, checked: journalChecked } = journal;
  // Why `autorun` did not run: the code shown is not the example's own.
  const [autorunSkipped, setAutorunSkipped] = useState<"shared" | "edit" | null>(null);
  const autoran = useRef(false);
  useEffect(() => {
    // Nothing runs on its own before the journal says whether the last run crashed the page.
    if (autoran.current) return;
    const decision = autorunDecision({
      near,
      journalChecked,
      crashed: crashed !== null,
      autorun,
      runRequested,
      shared,
      edited: codeRef.current !== original,
    });
    if (decision === null) return;
    autoran.current = true;
    // Known only here, once the journal has been read; said under the toolbar.
    if (decision === "run") run();
    else setAutorunSkipped(decision === "skip-shared" ? "shared" : "edit");
  }, [near, autorun, runRequested, journalChecked, crashed, run, shared, original]);
  const freshStart = useCallback((text: string) => runner.freshStart(text), [runner]);
  const { keepShared, backToOwn } = source;
  const onKeepShared = useCallback(() => {
    keepShared();
    setAutorunSkipped(null);
    freshStart("Fresh server: caches empty. The shared code is now your edit, and it starts from scratch.");
  }, [keepShared, freshStart]);
  const onBackToOwn = useCallback(() => {
    backToOwn();
    setAutorunSkipped(null);
    freshStart("Fresh server: caches empty. Nothing the shared code did is left in it.");
  }, [backToOwn, freshStart]);
  const actions = useShareEmbedActions({
    example,
    title,
    code: source.code,
    idPrefix: `playground-${example.replace(/\//g, "-")}`,
  });
  useImperativeHandle(ref, () => ({ run: () => run() }), [run]);
  const onEditorReady = useCallback(() => setEditorReady(true), []);

  const running = server.runningSince !== null;
  const output = server.output;
  const error = output?.result.error ?? null;
  const shown = running
    ? [...server.live, ...(output?.result.elements.slice(server.live.length) ?? [])]
    : (output?.result.elements ?? []);
  const staleFrom = running ? server.live.length : shown.length;
  const hasExceptionElement = shown.some((e) => e.type === "exception");

  const onOutputKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "r" || event.key === "R") {
      event.preventDefault();
      run();
    } else if (event.key === "c" || event.key === "C") {
      event.preventDefault();
      runner.clearCache();
    }
  };

  const editorProps: EditorProps = {
    modelPath,
    value: source.code,
    onChange: onCodeChange,
    onRun: () => run(),
    error,
    label: `Code of the ${title} example. Ctrl+Enter or Cmd+Enter runs it.`,
    onReady: onEditorReady,
    readOnly,
  };

  return (
    <section
      ref={rootRef}
      id={`playground-${example.replace(/\//g, "-")}`}
      className={`${PLAYGROUND_FRAME} gap-2`}
      aria-label={`Playground: ${title}`}
      data-example={example}
      data-testid="playground"
    >
      <PlaygroundHeading
        title={title}
        badge={
          shared ? (
            <span
              className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 font-sans text-xs font-semibold text-sky-900 dark:bg-sky-950 dark:text-sky-100"
              data-testid="shared-badge"
            >
              Shared code
            </span>
          ) : null
        }
        runNumber={output?.result.runNumber ?? null}
      />
      <Toolbar
        running={running}
        hasRun={output !== null}
        onRun={() => run()}
        onStop={() => runner.stop()}
        onClearCache={() => runner.clearCache()}
        onRestart={() => runner.restart()}
        reset={
          <ResetCodeButton
            edited={!shared && saved.edited}
            onReset={() => {
              saved.reset();
              setAutorunSkipped(null);
              freshStart("Fresh server: caches empty. The example's own code starts from scratch.");
            }}
          />
        }
        extra={
          <>
            <CopyCodeButton code={source.code} label={title} />
            {embedded ? null : actions.buttons}
          </>
        }
      />
      {embedded ? null : actions.panel}
      {predict ? <PredictPanel question={predict} result={output?.result} busy={running} onRun={() => run()} /> : null}
      <LinkNotices
        shared={shared}
        hasOwnEdit={saved.edited}
        askedToRun={link.askedToRun || autorun}
        onKeep={onKeepShared}
        onBack={onBackToOwn}
        autorunSkippedForEdit={autorunSkipped === "edit"}
        runLabel="Run"
        refusal={link.refusal}
      />
      {saved.otherTab !== null ? (
        <OtherTabNotice onTakeOther={saved.takeOtherTab} onKeepThis={saved.keepThisTab} />
      ) : null}
      {saved.updatedFromOtherTab ? <UpdatedFromOtherTab /> : null}
      {crashed ? (
        <CrashNotice
          startedAt={crashed.startedAt}
          autorunSkipped={autorun || link.askedToRun}
          shared={crashed.shared}
          sharedShown={shared}
        />
      ) : null}
      {saved.originalChanged ? (
        <p className="text-xs text-amber-700 dark:text-amber-300">
          This example changed since you edited it. Your version is shown; Reset code shows the new one.
        </p>
      ) : null}
      {saved.saveProblem && server.phase !== "unavailable" ? (
        <p className="text-xs text-red-700 dark:text-red-300">
          Your edits cannot be saved in this browser ({saved.saveProblem}).
        </p>
      ) : null}
      <CodeTwinFrame twin={twin} example={example} title={title} code={source.code} original={original}>
        <EditorSurface
          kind={editorKind}
          ready={editorReady}
          staticCode={staticCode}
          editor={editorProps}
          languageService={languageService}
          runsWhat="runs the code"
        />
      </CodeTwinFrame>
      <StatusLine
        phase={server.phase}
        runningSince={server.runningSince}
        output={output}
        onShowError={() => {
          // On a phone the error can be a screen away from the toolbar: one tap brings it, and the focus, there.
          rootRef.current?.querySelector('[data-testid="exception"]')?.scrollIntoView({ block: "center" });
          rootRef.current?.querySelector<HTMLElement>('[data-testid="output"]')?.focus({ preventScroll: true });
        }}
      />
      <div
        className="min-h-12 min-w-0 rounded border border-dashed border-zinc-200 p-2 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-700"
        tabIndex={0}
        onKeyDown={onOutputKey}
        aria-label={`Output of ${title}. Press R to rerun, C to clear the cache.`}
        data-testid="output"
      >
        {server.notice ? (
          <p
            role={server.notice.tone === "info" ? "status" : "alert"}
            data-testid="notice"
            className={`my-1 rounded p-2 text-sm ${server.notice.tone === "info" ? "bg-sky-50 dark:bg-sky-950/50" : "bg-amber-50 dark:bg-amber-950/50"}`}
          >
            {server.notice.text}
          </p>
        ) : null}
        {server.leftRunning ? (
          <LeftRunningNotice
            pending={server.leftRunning.pending}
            timeLimitMs={timeLimitMs}
            onStop={() => runner.stop()}
          />
        ) : null}
        <ContainedError
          resetKey={output?.runId}
          fallback={(message, retry) => <OutputFailed message={message} retry={retry} />}
        >
          {server.spinners.map((spinner) => (
            <p key={spinner.id} className="my-1 flex items-center gap-2 text-sm" data-testid="spinner">
              <span className="playground-spinner" aria-hidden="true" />
              {spinner.text}
            </p>
          ))}
          {shown.map((element, i) => (
            <div key={outputKey(element, i)} className={i >= staleFrom ? "opacity-40 transition-opacity" : undefined}>
              <OutputElement
                element={element}
                position={i}
                source={output?.source ?? source.code}
                onWidget={run}
                disabled={running}
                loadRows={output && !running ? (start, end) => runner.loadRows(output.runId, i, start, end) : undefined}
              />
            </div>
          ))}
          {error && !running && !hasExceptionElement ? (
            <ExceptionBox error={error} source={output?.source ?? ""} />
          ) : null}
          {!running && output
            ? output.earlierWarnings.map(({ runNumber, element }, i) => (
                <div key={`earlier-${i}`} data-testid="earlier-warning">
                  <p className="mt-3 text-xs font-semibold text-zinc-600 dark:text-zinc-400">
                    From run {runNumber}, which changed the cached value:
                  </p>
                  <OutputElement
                    element={element}
                    position={shown.length + i}
                    source={output.source}
                    onWidget={run}
                    disabled
                  />
                </div>
              ))
            : null}
        </ContainedError>
        {!output && !running && !server.notice ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">{EMPTY_OUTPUT_TEXT}</p>
        ) : null}
      </div>
      <TerminalPane lines={server.terminal} leftOut={server.terminalLeftOut} title={title} />
      <CacheInspector
        title={title}
        idPrefix={`inspector-${example.replace(/\//g, "-")}`}
        result={output?.result ?? null}
        runId={output?.runId ?? null}
        caches={server.caches}
        running={running}
        onAdvanceClock={(byMs) => runner.advanceClock(byMs)}
      />
    </section>
  );
}

/** Drawn instead of a run's output that could not be drawn; the editor and the other playgrounds go on. */
function OutputFailed({ message, retry }: { message: string; retry: () => void }) {
  return (
    <div role="alert" data-testid="output-failed" className="my-1 rounded bg-amber-50 p-2 text-sm dark:bg-amber-950/50">
      <p>
        This run&apos;s output could not be drawn ({message}). Your code is untouched; run it again, or change what it
        shows.
      </p>
      <button
        type="button"
        onClick={retry}
        className="mt-1 rounded border border-zinc-400 px-2 py-0.5 text-xs font-semibold dark:border-zinc-500"
      >
        Try drawing it again
      </button>
    </div>
  );
}
