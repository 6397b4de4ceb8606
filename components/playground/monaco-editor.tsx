"use client";

import { useEffect, useRef } from "react";
import type { ScriptError } from "@/lib/streamlit/types";
import type { EditorProps } from "./editor-props";
import { TYPING_PAUSE_MS } from "@/lib/editor/language-service-gate";
import { followSiteTheme, loadApiTypes, monaco, requestLanguageService } from "@/lib/editor/monaco-setup";
import { plainHover } from "@/lib/editor/plain-hover";
import { useLatest } from "./use-latest";

const LINE_HEIGHT = 19;
const MAX_HEIGHT = 640;

/**
 * One Monaco editor over its own model (unique URI per playground), so several playgrounds share
 * the one Monaco instance without sharing text, markers or undo history. Loaded by editor-surface.tsx.
 */
/** Props of {@link MonacoEditor}: the shared editor props plus when to start the language service. */
export interface MonacoEditorProps extends EditorProps {
  /** Start IntelliSense now (the playground sets this after its first run). */
  languageService: boolean;
}

export default function MonacoEditor({
  modelPath,
  value,
  onChange,
  onRun,
  error,
  paused = null,
  label,
  onReady,
  languageService,
  readOnly = false,
}: MonacoEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorationsRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const pausedRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const callbacks = useLatest({ onChange, onRun, onReady });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    followSiteTheme();
    const uri = monaco.Uri.parse(`file:///playground/${modelPath}.ts`);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(value, "typescript", uri);
    const editor = monaco.editor.create(host, {
      model,
      ariaLabel: `${label}. Escape, then Tab, leaves the editor.`,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      lineHeight: LINE_HEIGHT,
      tabSize: 2,
      padding: { top: 8, bottom: 8 },
      // Long lines wrap, so the view never needs to move sideways: no horizontal scrollbar, no room
      // kept after the last column (with it, a caret at the end of a wrapped line scrolled the text).
      scrollbar: { alwaysConsumeMouseWheel: false, horizontal: "hidden" },
      scrollBeyondLastColumn: 0,
      fixedOverflowWidgets: true,
      renderLineHighlightOnlyWhenFocus: true,
      wordWrap: "on",
      lineNumbersMinChars: 3,
      lineDecorationsWidth: 8,
      glyphMargin: false,
      folding: false,
      // The default dims the last line's number below readable contrast.
      renderFinalNewline: "on",
      readOnly,
    });
    editorRef.current = editor;
    decorationsRef.current = editor.createDecorationsCollection();
    pausedRef.current = editor.createDecorationsCollection();
    const resize = () => {
      host.style.height = `${Math.min(MAX_HEIGHT, editor.getContentHeight())}px`;
    };
    resize();
    editor.onDidContentSizeChange(resize);
    // The language service is the heaviest part of Monaco: ask for it when the reader pauses while
    // typing (it then waits for the code to be runnable), not on mere focus or at load.
    let typingPause: ReturnType<typeof setTimeout> | undefined;
    editor.onDidChangeModelContent(() => {
      callbacks.current.onChange(model.getValue());
      clearTimeout(typingPause);
      typingPause = setTimeout(() => void requestLanguageService("typing-pause").then(loadApiTypes), TYPING_PAUSE_MS);
    });
    // Tab indents in the editor. Escape, then Tab (or Shift+Tab), moves the focus on instead, so a
    // keyboard reader is never stuck in it; any other key gives Tab back to the code.
    editor.onKeyDown((e) => {
      if (e.keyCode === monaco.KeyCode.Escape) editor.updateOptions({ tabFocusMode: true });
      else if (e.keyCode !== monaco.KeyCode.Tab && e.keyCode !== monaco.KeyCode.Shift)
        editor.updateOptions({ tabFocusMode: false });
    });
    editor.onDidBlurEditorText(() => editor.updateOptions({ tabFocusMode: false }));
    editor.addAction({
      id: "cache-lab.run",
      label: "Run the script",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => callbacks.current.onRun(),
    });
    callbacks.current.onReady();
    return () => {
      clearTimeout(typingPause);
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The model is created once per mount; later value changes are applied by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [modelPath]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly });
  }, [readOnly]);

  useEffect(() => {
    if (!languageService) return;
    void requestLanguageService("first-run").then(loadApiTypes);
  }, [languageService]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== value) {
      // An edit operation (not setValue) so Reset can be undone with Ctrl+Z.
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    }
  }, [value]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    monaco.editor.setModelMarkers(model, "cache-lab", error?.line ? [toMarker(error, model)] : []);
    decorationsRef.current?.set(
      error?.line
        ? [
            {
              range: new monaco.Range(error.line, 1, error.line, 1),
              options: {
                isWholeLine: true,
                className: "playground-error-line",
                linesDecorationsClassName: "playground-error-gutter",
                hoverMessage: plainHover(`${error.type}: ${error.message}`),
              },
            },
          ]
        : [],
    );
    if (error?.line) editor.revealLineInCenterIfOutsideViewport(error.line);
  }, [error]);

  const pausedLine = paused?.line ?? null;
  const pausedText = paused?.text ?? "";
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    pausedRef.current?.set(
      pausedLine
        ? [
            {
              range: new monaco.Range(pausedLine, 1, pausedLine, 1),
              options: {
                isWholeLine: true,
                className: "playground-paused-line",
                linesDecorationsClassName: "playground-paused-gutter",
                hoverMessage: plainHover(pausedText),
              },
            },
          ]
        : [],
    );
    if (pausedLine) editor.revealLineInCenterIfOutsideViewport(pausedLine);
  }, [pausedLine, pausedText]);

  return <div ref={hostRef} className="w-full" style={{ height: 160 }} data-testid="monaco-host" />;
}

function toMarker(error: ScriptError, model: monaco.editor.ITextModel): monaco.editor.IMarkerData {
  const line = Math.min(error.line ?? 1, model.getLineCount());
  return {
    severity: monaco.MarkerSeverity.Error,
    message: `${error.type}: ${error.message}`,
    startLineNumber: line,
    startColumn: error.column ?? model.getLineFirstNonWhitespaceColumn(line) ?? 1,
    endLineNumber: line,
    endColumn: model.getLineMaxColumn(line),
  };
}
