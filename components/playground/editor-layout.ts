/**
 * Screens this narrow get the phone editor (CodeMirror); wider ones get Monaco. One query for the
 * playgrounds, the multi-session playground and the islands that start the editor's download early.
 */
export const PHONE_QUERY = "(max-width: 639px)";
