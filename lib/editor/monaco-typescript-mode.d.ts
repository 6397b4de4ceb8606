/**
 * The one piece of Monaco's TypeScript mode the editor uses beyond its public API: the completion
 * provider (exported by the mode's module, which ships no declarations), which
 * lib/editor/completions.ts wraps so `st.` and `dfd.` answer before the worker has loaded.
 */
declare module "monaco-editor/languages/features/typescript/tsMode" {
  import type { CancellationToken, Position, Uri, editor, languages } from "monaco-editor/editor/editor.api";

  /** Monaco's TypeScript completion provider: asks the worker `worker(uri)` resolves to. */
  export class SuggestAdapter implements languages.CompletionItemProvider {
    constructor(worker: (...uris: Uri[]) => Promise<unknown>);
    readonly triggerCharacters: string[];
    provideCompletionItems(
      model: editor.ITextModel,
      position: Position,
      context: languages.CompletionContext,
      token: CancellationToken,
    ): Promise<languages.CompletionList | undefined>;
    resolveCompletionItem(item: languages.CompletionItem, token: CancellationToken): Promise<languages.CompletionItem>;
    /** A TypeScript ScriptElementKind ("method", "property"...) as Monaco's item kind. */
    static convertKind(kind: string): languages.CompletionItemKind;
  }
}
