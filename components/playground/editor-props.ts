import type { ScriptError } from "@/lib/streamlit/types";

/** Props shared by the Monaco editor and the CodeMirror editor used on phone-sized screens. */
export interface EditorProps {
  /** Unique per playground on the page: names the Monaco model (`file:///playground/<path>.ts`). */
  modelPath: string;
  /** The code to show; a change from outside (Reset) replaces the editor's text. */
  value: string;
  /** The reader edited the code. */
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** The last run's error, whose line is marked. */
  error: ScriptError | null;
  /** A line to mark as where a stepped run waits (the multi-session playground), with why. */
  paused?: { line: number; text: string } | null;
  /** Accessible name of the editor. */
  label: string;
  /** The editor is on screen and usable. */
  onReady: () => void;
  /** The text cannot be changed (an embed with `readonly`). */
  readOnly?: boolean;
}
