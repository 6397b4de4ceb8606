import { describe, expect, it, vi } from "vitest";
import type { CancellationToken, IRange, Position, editor, languages } from "monaco-editor/editor/editor.api";
import { createCompletionProvider, type TypeScriptCompletions } from "./completions";
import type { MemberCompletions } from "./member-completion";

const MEMBERS: MemberCompletions = {
  st: [
    {
      name: "cacheData",
      kind: "property",
      sortText: "11",
      detail: "(property) StApi.cacheData: CacheDataApi",
      documentation: "Fresh copy.",
    },
    {
      name: "old",
      kind: "method",
      sortText: "11",
      deprecated: true,
      detail: "(method) StApi.old(): void",
      documentation: "",
    },
  ],
  dfd: [{ name: "readCSV", kind: "alias", sortText: "11", detail: "(alias) const readCSV", documentation: "Reads." }],
};
const token = { isCancellationRequested: false } as CancellationToken;
const context = { triggerKind: 1, triggerCharacter: "." } as languages.CompletionContext;

/** A one-line model holding `text`, with the caret at its end. */
function modelAt(text: string): { model: editor.ITextModel; position: Position } {
  const column = text.length + 1;
  const word = /[\w$]*$/.exec(text)![0];
  const model = {
    getValueInRange: (range: IRange) => text.slice(0, range.endColumn - 1),
    getWordUntilPosition: () => ({ word, startColumn: column - word.length, endColumn: column }),
  } as unknown as editor.ITextModel;
  return { model, position: { lineNumber: 1, column } as Position };
}

/** Monaco's TypeScript provider, whose worker answers only when `answer()` is called. */
function gatedTypeScript() {
  const waiting: Array<() => void> = [];
  const tsItem = {
    label: "fromTypeScript",
    insertText: "fromTypeScript",
    range: null,
  } as unknown as languages.CompletionItem;
  const provider = {
    provideCompletionItems: vi.fn(
      () => new Promise<languages.CompletionList>((resolve) => waiting.push(() => resolve({ suggestions: [tsItem] }))),
    ),
    resolveCompletionItem: vi.fn(async (item: languages.CompletionItem) => ({ ...item, detail: "resolved" })),
  };
  const completions: TypeScriptCompletions = { provider, convertKind: (kind) => (kind === "property" ? 9 : 1) };
  return { completions, provider, tsItem, answer: () => waiting.splice(0).forEach((resolve) => resolve()) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the completion provider", () => {
  it("lists st's members at once while the worker is held back, and asks TypeScript once in the background", async () => {
    const ts = gatedTypeScript();
    const provider = createCompletionProvider({ typescript: async () => ts.completions, members: async () => MEMBERS });
    const { model, position } = modelAt("const x = 1;\nst.");
    const list = await provider.provideCompletionItems(model, position, context, token);
    expect(list).toMatchObject({ incomplete: true });
    expect(list!.suggestions).toEqual([
      {
        label: "cacheData",
        kind: 9,
        detail: "(property) StApi.cacheData: CacheDataApi",
        documentation: { value: "Fresh copy." },
        insertText: "cacheData",
        sortText: "11",
        range: { startLineNumber: 1, startColumn: position.column, endLineNumber: 1, endColumn: position.column },
        tags: [],
      },
      expect.objectContaining({ label: "old", tags: [1] }),
    ]);
    const again = modelAt("st.ca");
    const second = await provider.provideCompletionItems(again.model, again.position, context, token);
    expect(second!.suggestions[0].range).toEqual({
      startLineNumber: 1,
      startColumn: 4,
      endLineNumber: 1,
      endColumn: 6,
    });
    expect(ts.provider.provideCompletionItems).toHaveBeenCalledTimes(1);
    // A generated item is resolved as it is; TypeScript is not asked.
    expect(await provider.resolveCompletionItem!(list!.suggestions[0], token)).toBe(list!.suggestions[0]);
    expect(ts.provider.resolveCompletionItem).not.toHaveBeenCalled();
  });

  it("lists dfd's members the same way", async () => {
    const ts = gatedTypeScript();
    const provider = createCompletionProvider({ typescript: async () => ts.completions, members: async () => MEMBERS });
    const { model, position } = modelAt("await dfd.read");
    const list = await provider.provideCompletionItems(model, position, context, token);
    expect(list!.suggestions.map((item) => item.label)).toEqual(["readCSV"]);
  });

  it("waits for TypeScript anywhere else, and hands st. over to it once it has answered", async () => {
    const ts = gatedTypeScript();
    const provider = createCompletionProvider({ typescript: async () => ts.completions, members: async () => MEMBERS });
    const other = modelAt("df.");
    let otherList: languages.CompletionList | null | undefined;
    void Promise.resolve(provider.provideCompletionItems(other.model, other.position, context, token)).then(
      (list) => (otherList = list),
    );
    await settle();
    expect(otherList).toBeUndefined();
    ts.answer();
    await settle();
    expect(otherList!.suggestions).toEqual([ts.tsItem]);

    const member = modelAt("st.");
    const pending = provider.provideCompletionItems(member.model, member.position, context, token);
    await settle();
    ts.answer();
    expect((await pending)!.suggestions).toEqual([ts.tsItem]);
    // TypeScript's items are resolved by TypeScript (details and documentation).
    expect(await provider.resolveCompletionItem!(ts.tsItem, token)).toMatchObject({ detail: "resolved" });
  });

  it("switches to TypeScript after the background request answers", async () => {
    const ts = gatedTypeScript();
    const provider = createCompletionProvider({ typescript: async () => ts.completions, members: async () => MEMBERS });
    const { model, position } = modelAt("st.");
    expect((await provider.provideCompletionItems(model, position, context, token))!.incomplete).toBe(true);
    ts.answer();
    await settle();
    const pending = provider.provideCompletionItems(model, position, context, token);
    await settle();
    ts.answer();
    expect((await pending)!.suggestions).toEqual([ts.tsItem]);
  });

  it("falls back to TypeScript when the generated lists fail to load", async () => {
    const ts = gatedTypeScript();
    const provider = createCompletionProvider({
      typescript: async () => ts.completions,
      members: () => Promise.reject(new Error("chunk failed")),
    });
    const { model, position } = modelAt("st.");
    const pending = provider.provideCompletionItems(model, position, context, token);
    await settle();
    ts.answer();
    expect((await pending)!.suggestions).toEqual([ts.tsItem]);
  });
});
