/** The multi-session status line before any session ran (the static shell draws it too). */
export const IDLE_TEXT = "Every session runs the code above on one shared server.";
