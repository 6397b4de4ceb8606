/**
 * The editor lists the members of `st` and `dfd` at once, before its TypeScript worker (1 MB and
 * more) has loaded: from lists scripts/build-completions.ts builds with TypeScript itself. This is
 * the part without Monaco: the lists' shape, and whether the code before the caret asks for one.
 */

/** The globals whose members are listed before the worker answers. */
export type CompletionObject = "st" | "dfd";

/** One member of `st` or `dfd`, as TypeScript's language service describes it. */
export interface MemberCompletion {
  /** The member's name, inserted as is. */
  name: string;
  /** TypeScript's ScriptElementKind ("method", "property", "class", "function"...). */
  kind: string;
  /** TypeScript's sort key, so the order matches the worker's. */
  sortText: string;
  /** Marked `@deprecated`. */
  deprecated?: true;
  /** The signature, e.g. `(property) StApi.cacheData: CacheDataApi`. */
  detail: string;
  /** The doc comment and its JSDoc tags, as Markdown. */
  documentation: string;
}

/** The members of each object, sorted by name. */
export type MemberCompletions = Record<CompletionObject, MemberCompletion[]>;

/** A caret right after `st.` or `dfd.` (and maybe part of a member's name). */
export interface MemberContext {
  object: CompletionObject;
  /** What is typed of the member's name so far ("" right after the dot). */
  prefix: string;
}

// `st` / `dfd`, a dot, and the start of a name, at the very end. Not after a dot or an identifier
// character (`foo.st.`, `best.`), so only the globals match; whitespace and line breaks may sit
// around the dot, as in a chain split over lines.
const MEMBER_AT_END = /(?:^|[^\w$.])(st|dfd)\s*\.\s*([A-Za-z_$][\w$]*)?$/;

/**
 * Whether the caret, after `textBefore` (the document up to it), asks for a member of `st` or
 * `dfd`; null inside a comment, a string or a template's text, and anywhere else.
 */
export function memberContext(textBefore: string): MemberContext | null {
  const match = MEMBER_AT_END.exec(textBefore);
  if (!match || !endsInCode(textBefore)) return null;
  return { object: match[1] as CompletionObject, prefix: match[2] ?? "" };
}

/**
 * True when `text` ends in code, not in a comment, a string or a template literal's text. A small
 * scanner: comments, the three quotes, and `${...}` inside templates (nested to any depth). A `/`
 * starts a comment only when followed by `/` or `*`; regular expression literals are read as code,
 * which errs only for one holding a quote, and then only until the worker takes over.
 */
export function endsInCode(text: string): boolean {
  // One entry per open template: how many `{` are open inside its current `${...}`.
  const templates: number[] = [];
  let state: "code" | "line" | "block" | "'" | '"' | "`" = "code";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    switch (state) {
      case "code":
        if (c === "/" && text[i + 1] === "/") state = "line";
        else if (c === "/" && text[i + 1] === "*") ((state = "block"), i++);
        else if (c === "'" || c === '"' || c === "`") state = c;
        else if (c === "{" && templates.length > 0) templates[templates.length - 1]++;
        else if (c === "}" && templates.length > 0) {
          if (templates[templates.length - 1] === 0) {
            templates.pop();
            state = "`";
          } else templates[templates.length - 1]--;
        }
        break;
      case "line":
        if (c === "\n") state = "code";
        break;
      case "block":
        if (c === "*" && text[i + 1] === "/") ((state = "code"), i++);
        break;
      case "'":
      case '"':
        if (c === "\\") i++;
        else if (c === state || c === "\n") state = "code";
        break;
      case "`":
        if (c === "\\") i++;
        else if (c === "`") state = "code";
        else if (c === "$" && text[i + 1] === "{") {
          templates.push(0);
          state = "code";
          i++;
        }
        break;
    }
  }
  return state === "code";
}
