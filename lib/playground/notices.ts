import type { RestartReason } from "@/lib/sandbox/sandbox-client";
import type { ScriptError } from "@/lib/streamlit/types";

/** A message for the reader about the server itself (restarts, failures). */
export interface ServerNotice {
  tone: "warning" | "info" | "error";
  text: string;
}

/** Why the server was replaced, in plain words, and what that means for its caches. */
export function restartText(reason: RestartReason, timeLimitMs: number): ServerNotice {
  const empty = "The server was restarted, so its caches are empty: the next run starts from scratch.";
  switch (reason) {
    case "time-limit":
      return {
        tone: "warning",
        text: `The script ran for more than ${timeLimitMs / 1000} s, so it was stopped. ${empty}`,
      };
    case "stopped":
      return { tone: "warning", text: `You stopped the run. ${empty}` };
    case "crashed":
      return { tone: "error", text: `The server stopped responding (it may have run out of memory). ${empty}` };
    case "requested":
      return { tone: "info", text: empty };
    case "fresh":
      return {
        tone: "info",
        text: "A fresh server was started for this code: nothing an earlier script left in the old one carries over, and its caches are empty.",
      };
    case "left-running":
      return {
        tone: "warning",
        text: `The last run had ended, but code it left behind (a timer, an interval or a promise) was still running when its ${timeLimitMs / 1000} s time limit ran out, so it was stopped. ${empty}`,
      };
  }
}

/** What the reader is told when code a script left behind (a timer, a callback) throws after the run. */
export function lateErrorText(error: ScriptError): ServerNotice {
  const where = error.line ? ` at line ${error.line}` : "";
  return {
    tone: "warning",
    text: `After the run had ended, code it left behind (a timer or a callback) threw ${error.type}: ${error.message}${where}. Streamlit would only print this in the server's terminal and keep serving; this server keeps running too, and its caches are kept.`,
  };
}

export const CACHES_CLEARED: ServerNotice = {
  tone: "info",
  text: "Caches cleared: the next run computes every cached function again.",
};
