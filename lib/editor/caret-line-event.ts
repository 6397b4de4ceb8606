/**
 * The DOM event (bubbling, `detail`: a 1-based line number) the phone editor sends when its caret
 * moves to a line, so the Python view can pair lines without loading CodeMirror itself.
 */
export const CARET_LINE_EVENT = "cache-lab-caret-line";
