/**
 * The editor's one completion provider for TypeScript, in place of Monaco's own. Monaco waits for
 * every provider of equal rank before it shows a list, and its TypeScript provider waits for the
 * worker, which the language-service gate holds back until the first run or a typing pause (then
 * 1 MB and more to load). So this provider answers `st.` and `dfd.` itself, at once, from lists
 * built with TypeScript at build time (scripts/build-completions.ts), until the language service
 * has answered once; from then on, and for everything else all along, it hands over to Monaco's
 * provider. Monaco itself is injected, so this runs in Node tests as well.
 */
import type { CancellationToken, IRange, Position, editor, languages } from "monaco-editor/editor/editor.api";
import { memberContext, type MemberCompletion, type MemberCompletions } from "./member-completion";

/** Monaco's TypeScript completions (its SuggestAdapter over the gated worker) and its kind mapping. */
export interface TypeScriptCompletions {
  provider: {
    provideCompletionItems(
      model: editor.ITextModel,
      position: Position,
      context: languages.CompletionContext,
      token: CancellationToken,
    ): Promise<languages.CompletionList | undefined | null>;
    resolveCompletionItem(item: languages.CompletionItem, token: CancellationToken): Promise<languages.CompletionItem>;
  };
  /** A TypeScript ScriptElementKind as Monaco's item kind. */
  convertKind(kind: string): languages.CompletionItemKind;
}

/** What {@link createCompletionProvider} needs. */
export interface CompletionProviderOptions {
  /** Monaco's TypeScript completions; asking them for a list waits for the worker. */
  typescript(): Promise<TypeScriptCompletions>;
  /** The generated members of `st` and `dfd`. */
  members(): Promise<MemberCompletions>;
}

/** The part of Monaco's text model the provider reads. */
type Model = Pick<editor.ITextModel, "getValueInRange" | "getWordUntilPosition">;

const DEPRECATED: languages.CompletionItemTag.Deprecated = 1;

/** The provider to register for "typescript" (after turning Monaco's own off with setModeConfiguration). */
export function createCompletionProvider(options: CompletionProviderOptions): languages.CompletionItemProvider {
  const once = <T>(load: () => Promise<T>) => {
    let loading: Promise<T> | null = null;
    // A failed load (a chunk that did not arrive) is tried again next time.
    return () =>
      (loading ??= load().catch((error: unknown) => {
        loading = null;
        throw error;
      }));
  };
  const typescript = once(options.typescript);
  const members = once(options.members);
  const generated = new WeakSet<languages.CompletionItem>();
  // Set once the language service has answered a request: it is loaded and answers in time.
  let answered = false;
  let warming: Promise<void> | null = null;

  return {
    triggerCharacters: ["."],

    async provideCompletionItems(model, position, context, token) {
      const ts = await typescript();
      const askTypeScript = async () => {
        const list = await ts.provider.provideCompletionItems(model, position, context, token);
        answered = true;
        return list;
      };
      const member = answered ? null : memberContext(model.getValueInRange(textBefore(position)));
      if (!member) return askTypeScript();
      let list: MemberCompletion[];
      try {
        list = (await members())[member.object];
      } catch {
        return askTypeScript();
      }
      // Ask the language service too, in the background: the gate lets its worker start by the
      // usual rules, and its first answer switches the next request over to it.
      warming ??= askTypeScript().then(
        () => undefined,
        () => void (warming = null),
      );
      const range = wordRange(model, position);
      const suggestions = list.map((entry) => {
        const item = toItem(entry, range, ts.convertKind(entry.kind));
        generated.add(item);
        return item;
      });
      // Incomplete, so Monaco asks again at the next keystroke, by which time the worker may answer.
      return { suggestions, incomplete: true };
    },

    async resolveCompletionItem(item, token) {
      // A generated item already carries its signature and documentation.
      if (generated.has(item)) return item;
      return (await typescript()).provider.resolveCompletionItem(item, token);
    },
  };
}

function textBefore(position: Position): IRange {
  return { startLineNumber: 1, startColumn: 1, endLineNumber: position.lineNumber, endColumn: position.column };
}

/** The word at the caret, which an accepted item replaces (as Monaco's provider does). */
function wordRange(model: Model, position: Position): IRange {
  const word = model.getWordUntilPosition(position);
  return {
    startLineNumber: position.lineNumber,
    startColumn: word.startColumn,
    endLineNumber: position.lineNumber,
    endColumn: word.endColumn,
  };
}

function toItem(entry: MemberCompletion, range: IRange, kind: languages.CompletionItemKind): languages.CompletionItem {
  return {
    label: entry.name,
    kind,
    detail: entry.detail,
    documentation: { value: entry.documentation },
    insertText: entry.name,
    sortText: entry.sortText,
    range,
    tags: entry.deprecated ? [DEPRECATED] : [],
  };
}
