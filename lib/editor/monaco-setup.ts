/**
 * One slim, self-hosted Monaco for every playground on the page (imported only dynamically, from
 * the editor component, because Monaco touches `window` when it loads).
 *
 * Slim: the editor core, TypeScript syntax colouring and the few editing features a reader uses,
 * instead of Monaco's full entry with ~80 languages. The TypeScript language service (a 6.5 MB
 * worker) is wired in but held back until {@link requestLanguageService} is called, so it never
 * competes for the CPU with the page's first run; see the Playground benchmark in docs/performance.md.
 */
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/languages/definitions/typescript/register";
import {
  getTypeScriptWorker,
  ModuleKind,
  ModuleResolutionKind,
  ScriptTarget,
  typescriptDefaults,
} from "monaco-editor/languages/features/typescript/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/clipboard/register";
// The TypeScript features ask for the code-lens cache and the drag-and-drop service when they start.
import "monaco-editor/features/codelens/register";
import "monaco-editor/features/dropOrPasteInto/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/gotoError/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/indentation/register";
import "monaco-editor/features/linesOperations/register";
import "monaco-editor/features/multicursor/register";
import "monaco-editor/features/parameterHints/register";
import "monaco-editor/features/snippet/register";
import "monaco-editor/features/suggest/register";
import "monaco-editor/features/toggleTabFocusMode/register";
import "monaco-editor/features/wordHighlighter/register";
import "monaco-editor/features/wordOperations/register";
// Imported directly by Monaco's full entry (no features/ wrapper): the suggestion widget, the core
// cursor and editing commands, and the marker status.
import "monaco-editor/editor/browser/coreCommands";
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus";
import "monaco-editor/editor/common/standaloneStrings";
import { createCompletionProvider } from "./completions";
import { languageServiceAllowed } from "./language-service-gate";
// Also read by next.config.js, whose loader keeps only these libs (and what they reference) in the worker.
import TYPESCRIPT_LIBS from "./typescript-libs.json";

export { monaco };

export { requestLanguageService } from "./language-service-gate";

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

window.MonacoEnvironment = {
  // Literal `new Worker(new URL(...))` expressions, so the bundler emits both workers as files of
  // this site: nothing is fetched from a CDN.
  getWorker(_workerId: string, label: string) {
    if (label === "typescript" || label === "javascript") {
      return languageServiceAllowed.then(
        () =>
          new Worker(new URL("monaco-editor/language/typescript/ts.worker.js", import.meta.url), { type: "module" }),
      );
    }
    return new Worker(new URL("monaco-editor/editor/editor.worker.js", import.meta.url), { type: "module" });
  },
};

typescriptDefaults.setCompilerOptions({
  target: ScriptTarget.ESNext,
  module: ModuleKind.ESNext,
  moduleResolution: ModuleResolutionKind.NodeJs,
  // Every model is its own module, so two playgrounds that both declare `loadData` do not clash.
  moduleDetection: 3 /* Force */,
  strict: true,
  allowNonTsExtensions: true,
  lib: TYPESCRIPT_LIBS,
});
typescriptDefaults.setDiagnosticsOptions({
  // Top-level await and return are fine in a Streamlit script: the emulation wraps it in a function.
  diagnosticCodesToIgnore: [1108, 1375, 1378],
});

// Completions come from one provider of ours: it lists `st.` and `dfd.` before the worker has
// loaded and otherwise hands over to Monaco's own, turned off here (see completions.ts).
typescriptDefaults.setModeConfiguration({ ...typescriptDefaults.modeConfiguration, completionItems: false });
const loadMemberCompletions = () => import("./generated/completions").then((module) => module.MEMBER_COMPLETIONS);
// The lists (about 5 KB gzipped) are fetched when the reader first puts the caret in an editor, so
// they are there by the time `st.` is typed, and a reader who only presses Run never loads them.
monaco.editor.onDidCreateEditor((created) => {
  const focused = created.onDidFocusEditorText(() => {
    focused.dispose();
    loadMemberCompletions().catch(() => {}); // A failure is retried when asked for, else TypeScript answers.
  });
});
monaco.languages.registerCompletionItemProvider(
  "typescript",
  createCompletionProvider({
    async typescript() {
      // The TypeScript mode's own chunk, loaded when Monaco starts the mode with the first TypeScript model.
      const [{ SuggestAdapter }, worker] = await Promise.all([
        import("monaco-editor/languages/features/typescript/tsMode"),
        getTypeScriptWorker(),
      ]);
      return { provider: new SuggestAdapter(worker), convertKind: SuggestAdapter.convertKind };
    },
    members: loadMemberCompletions,
  }),
);

let themeWatcherStarted = false;

// Monaco's own themes, with the one colour that fails WCAG AA contrast (dark comments, 4.2:1) raised.
monaco.editor.defineTheme("cache-lab-light", { base: "vs", inherit: true, rules: [], colors: {} });
monaco.editor.defineTheme("cache-lab-dark", {
  base: "vs-dark",
  inherit: true,
  rules: [{ token: "comment", foreground: "7ca668" }],
  colors: {},
});

/** Keeps Monaco's theme in step with the site's `dark` class on <html>. */
export function followSiteTheme(): void {
  if (themeWatcherStarted) return;
  themeWatcherStarted = true;
  const apply = () =>
    monaco.editor.setTheme(document.documentElement.classList.contains("dark") ? "cache-lab-dark" : "cache-lab-light");
  apply();
  new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
}

let typesLoaded: Promise<void> | null = null;

/** Gives the language service the declarations of `st` and `dfd` (loaded once, on first need). */
export function loadApiTypes(): Promise<void> {
  typesLoaded ??= import("@/lib/editor/generated/api-types").then(({ API_TYPE_FILES }) => {
    for (const file of API_TYPE_FILES) typescriptDefaults.addExtraLib(file.content, file.path);
  });
  return typesLoaded;
}
