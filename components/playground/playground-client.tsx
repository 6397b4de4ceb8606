"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from "react";
import { useShareEmbedActions } from "@/components/share/use-share-embed-actions";
import { useShareLink } from "@/components/share/use-share-link";
import { CodeTwinFrame } from "@/components/twin/code-twin-frame";
import type { TwinProps } from "@/components/twin/twin-types";
import { CacheInspector } from "@/components/inspector/cache-inspector";
import "./playground.css";
import type { EditorProps } from "./editor-props";
import { OutputElement, ExceptionBox } from "./output-elements";
import { StatusLine } from "./status-line";
import { TextareaEditor } from "./textarea-editor";
import { Toolbar } from "./toolbar";
import { useNearViewport } from "./use-near-viewport";
import { useRunJournal } from "./use-run-journal";
import { CrashNotice } from "./crash-notice";
import { OtherTabNotice, SharedCodeNotice, UpdatedFromOtherTab } from "./code-choices";
import { usePlaygroundCode } from "./use-playground-code";
import { ContainedError } from "./contained-error";
import { LeftRunningNotice } from "./left-running-notice";
import { useSandboxRunner, type WidgetChange } from "./use-sandbox-runner";
import { useSavedCode } from "./use-saved-code";

const MonacoEditor = dynamic<EditorProps & { languageService: boolean }>(() => import("./monaco-editor"), { ssr: false });

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
}

const PHONE_QUERY = "(max-width: 639px)";
/** Longest wait for the editor before the sandbox boots anyway. */
const SANDBOX_BOOT_DELAY_MS = 1_200;
let instances = 0;

/** A live playground: editor, toolbar, status line and output, over its own sandbox worker. */
export function PlaygroundClient({ example, title, original, timeLimitMs, staticCode, ref, readOnly = false, autorun = false, runRequested = false, embedded = false, twin }: PlaygroundClientProps) {
  const rootRef = useRef<HTMLElement>(null);
  const near = useNearViewport(rootRef);
  const saved = useSavedCode(example, original);
  const link = useShareLink(example, rootRef);
  const source = usePlaygroundCode(saved, link);
  const [languageService, setLanguageService] = useState(false);
  const runner = useSandboxRunner(timeLimitMs, () => setLanguageService(true));
  const journal = useRunJournal(example, runner.runningSince !== null);
  const [editorKind, setEditorKind] = useState<"none" | "monaco" | "textarea">("none");
  const [editorReady, setEditorReady] = useState(false);
  const [modelPath] = useState(() => `${example}-${++instances}`);
  const codeRef = useRef(source.code);
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

  const { boot } = runner;
  useEffect(() => {
    if (!near) return;
    // The screen size is only known in the browser, and the editor is chosen once, when booting.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEditorKind(window.matchMedia(PHONE_QUERY).matches ? "textarea" : "monaco");
  }, [near]);
  // The sandbox boots once the editor is up (or after a moment), so Monaco and danfojs are not
  // parsed at the same time on a two-core machine; a Run click boots it at once regardless.
  useEffect(() => {
    if (!near) return;
    if (editorReady) return boot();
    const timer = setTimeout(boot, SANDBOX_BOOT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [near, editorReady, boot]);

  const { run: runSource } = runner;
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
      runSource(codeRef.current, widget);
    },
    [runSource, flushSavedCode, noteStart, dismissCrash, shared],
  );
  const { crashed, checked: journalChecked } = journal;
  // Why `autorun` did not run: the code shown is not the example's own.
  const [autorunSkipped, setAutorunSkipped] = useState<"shared" | "edit" | null>(null);
  const autoran = useRef(false);
  useEffect(() => {
    // Nothing runs on its own before the journal says whether the last run crashed the page.
    if (!near || !journalChecked || autoran.current) return;
    if (!runRequested && !(autorun && !crashed)) return;
    autoran.current = true;
    // A click on Run before the live playground came in was for the reader's own code, never a link's.
    if (runRequested && !shared) return run();
    // `autorun` is the embedding page's wish, so it runs nothing but the example's own code.
    const skipped = shared ? "shared" : codeRef.current !== original ? "edit" : null;
    // Known only here, once the journal has been read; said under the toolbar.
    if (skipped) setAutorunSkipped(skipped);
    else run();
  }, [near, autorun, runRequested, journalChecked, crashed, run, shared, original]);
  const { freshStart } = runner;
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
  const actions = useShareEmbedActions({ example, title, code: source.code, idPrefix: `playground-${example.replace(/\//g, "-")}` });
  useImperativeHandle(ref, () => ({ run: () => run() }), [run]);
  const onEditorReady = useCallback(() => setEditorReady(true), []);

  const running = runner.runningSince !== null;
  const output = runner.output;
  const error = output?.result.error ?? null;
  const shown = running ? [...runner.live, ...(output?.result.elements.slice(runner.live.length) ?? [])] : (output?.result.elements ?? []);
  const staleFrom = running ? runner.live.length : shown.length;
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
    <section ref={rootRef} id={`playground-${example.replace(/\//g, "-")}`} className="playground not-prose my-6 flex min-w-0 flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-950" aria-label={`Playground: ${title}`} data-example={example} data-testid="playground">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="m-0 font-mono text-sm font-semibold">
          {title}
          {shared ? (
            <span className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 font-sans text-xs font-semibold text-sky-900 dark:bg-sky-950 dark:text-sky-100" data-testid="shared-badge">
              Shared code
            </span>
          ) : null}
        </h3>
        <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs tabular-nums dark:bg-zinc-800" data-testid="run-count" data-run-number={output?.result.runNumber ?? 0}>
          {output ? `Run ${output.result.runNumber}` : "Not run yet"}
        </span>
      </div>
      <Toolbar
        running={running}
        hasRun={output !== null}
        edited={!shared && saved.edited}
        onRun={() => run()}
        onStop={runner.stop}
        onClearCache={runner.clearCache}
        onRestart={runner.restart}
        onReset={() => {
          saved.reset();
          setAutorunSkipped(null);
          freshStart("Fresh server: caches empty. The example's own code starts from scratch.");
        }}
        extra={embedded ? null : actions.buttons}
      />
      {embedded ? null : actions.panel}
      {shared ? <SharedCodeNotice hasOwnEdit={saved.edited} askedToRun={link.askedToRun || autorun} onKeep={onKeepShared} onBack={onBackToOwn} /> : null}
      {autorunSkipped === "edit" ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-300" data-testid="autorun-skipped">
          This page asked to run the example&apos;s code on open. Your own edit of it is shown instead, so nothing ran: press Run to run your edit.
        </p>
      ) : null}
      {link.refusal ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300" data-testid="share-refused">
          {link.refusal} {saved.edited ? "Showing your own edit of this example instead." : "Showing the example's own code instead."}
        </p>
      ) : null}
      {saved.otherTab !== null ? <OtherTabNotice onTakeOther={saved.takeOtherTab} onKeepThis={saved.keepThisTab} /> : null}
      {saved.updatedFromOtherTab ? <UpdatedFromOtherTab /> : null}
      {crashed ? <CrashNotice startedAt={crashed.startedAt} autorunSkipped={autorun || link.askedToRun} shared={crashed.shared} sharedShown={shared} /> : null}
      {saved.originalChanged ? <p className="text-xs text-amber-700 dark:text-amber-300">This example changed since you edited it. Your version is shown; Reset code shows the new one.</p> : null}
      {saved.saveProblem && runner.phase !== "unavailable" ? <p className="text-xs text-red-700 dark:text-red-300">Your edits cannot be saved in this browser ({saved.saveProblem}).</p> : null}
      <CodeTwinFrame twin={twin} example={example} title={title} code={source.code} original={original}>
      <div className="relative min-w-0 overflow-hidden rounded border border-zinc-200 dark:border-zinc-700">
        {!editorReady ? <div className="playground-static-code" data-testid="static-code">{editorKind === "none" || editorKind === "monaco" ? staticCode : null}</div> : null}
        {editorKind === "monaco" ? (
          <div className={editorReady ? "" : "pointer-events-none absolute inset-0 opacity-0"} data-testid="editor" data-ready={editorReady}>
            <MonacoEditor {...editorProps} languageService={languageService} />
          </div>
        ) : null}
        {editorKind === "textarea" ? (
          <div data-testid="editor" data-ready={editorReady}>
            <TextareaEditor {...editorProps} />
          </div>
        ) : null}
      </div>
      </CodeTwinFrame>
      {editorKind === "monaco" ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          In the editor, Tab indents. Press <kbd>Ctrl</kbd>+<kbd>M</kbd> (Mac: <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd>) to make Tab move focus out instead. <kbd>Ctrl</kbd>/<kbd>Cmd</kbd>+<kbd>Enter</kbd> runs the code.
        </p>
      ) : null}
      <StatusLine phase={runner.phase} runningSince={runner.runningSince} output={output} />
      <div
        className="min-h-12 min-w-0 rounded border border-dashed border-zinc-200 p-2 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-700"
        tabIndex={0}
        onKeyDown={onOutputKey}
        aria-label={`Output of ${title}. Press R to rerun, C to clear the cache.`}
        data-testid="output"
      >
        {runner.notice ? (
          <p role={runner.notice.tone === "info" ? "status" : "alert"} data-testid="notice" className={`my-1 rounded p-2 text-sm ${runner.notice.tone === "info" ? "bg-sky-50 dark:bg-sky-950/50" : "bg-amber-50 dark:bg-amber-950/50"}`}>
            {runner.notice.text}
          </p>
        ) : null}
        {runner.leftRunning ? <LeftRunningNotice pending={runner.leftRunning.pending} timeLimitMs={timeLimitMs} onStop={runner.stop} /> : null}
        <ContainedError resetKey={output?.runId} fallback={(message, retry) => <OutputFailed message={message} retry={retry} />}>
          {runner.spinners.map((spinner) => (
            <p key={spinner.id} className="my-1 flex items-center gap-2 text-sm" data-testid="spinner">
              <span className="playground-spinner" aria-hidden="true" />
              {spinner.text}
            </p>
          ))}
          {shown.map((element, i) => (
            // Keyed by run, so a table's fetched rows never outlive the run they belong to.
            <div key={running && i < staleFrom ? `live-${i}` : `${output?.runId ?? 0}-${i}`} className={i >= staleFrom ? "opacity-40 transition-opacity" : undefined}>
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
          {error && !running && !hasExceptionElement ? <ExceptionBox error={error} source={output?.source ?? ""} /> : null}
          {!running && output
            ? output.earlierWarnings.map(({ runNumber, element }, i) => (
                <div key={`earlier-${i}`} data-testid="earlier-warning">
                  <p className="mt-3 text-xs font-semibold text-zinc-600 dark:text-zinc-400">From run {runNumber}, which changed the cached value:</p>
                  <OutputElement element={element} position={shown.length + i} source={output.source} onWidget={run} disabled />
                </div>
              ))
            : null}
        </ContainedError>
        {!output && !running && !runner.notice ? <p className="text-sm text-zinc-500 dark:text-zinc-400">Press Run to see what the script shows.</p> : null}
      </div>
      <CacheInspector title={title} idPrefix={`inspector-${example.replace(/\//g, "-")}`} result={output?.result ?? null} runId={output?.runId ?? null} caches={runner.caches} running={running} onAdvanceClock={runner.advanceClock} />
    </section>
  );
}

/** Drawn instead of a run's output that could not be drawn; the editor and the other playgrounds go on. */
function OutputFailed({ message, retry }: { message: string; retry: () => void }) {
  return (
    <div role="alert" data-testid="output-failed" className="my-1 rounded bg-amber-50 p-2 text-sm dark:bg-amber-950/50">
      <p>This run&apos;s output could not be drawn ({message}). Your code is untouched; run it again, or change what it shows.</p>
      <button type="button" onClick={retry} className="mt-1 rounded border border-zinc-400 px-2 py-0.5 text-xs font-semibold dark:border-zinc-500">
        Try drawing it again
      </button>
    </div>
  );
}
