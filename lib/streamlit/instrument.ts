/**
 * Step points for interleaved runs: `await __step(N);` is put in front of every statement of the
 * transpiled script that starts a line at the top level or inside a top-level `if`/`for`/`while`/
 * `try` block. The text goes on the same line, before the statement, so line numbers stay those of
 * the reader's source. Statements inside function bodies are left alone: a plain function cannot
 * `await`, and a cached function's body runs within the step of the line that called it.
 *
 * A light scanner (strings, template literals, comments, regular expressions, brackets) is enough
 * here because sucrase has already checked the syntax; where a line might continue the previous
 * statement (it starts with an operator, a dot, a bracket, or the previous line ends in one) it is
 * skipped, so a doubtful line merges with its neighbour's step instead of breaking the script.
 * Normal runs never go through this: only scripts run under a scheduler are instrumented.
 */

/** Name of the step function the instrumented code calls (a parameter of the script body). */
export const STEP_FUNCTION = "__step";

/**
 * Name of the function wrapped around the operand of a top-level `await`: once the awaited value
 * has settled, the session gives way again (`await __after(line, operand)`), so sessions also
 * interleave at await points, as async code does.
 */
export const AFTER_AWAIT_FUNCTION = "__after";

/** The instrumented code and the lines that got a step point. */
export interface Instrumented {
  code: string;
  /** 1-based lines (of the code and the reader's source alike) that begin with a step point. */
  stepLines: number[];
  /** 1-based lines of the top-level awaits that got a step point after them. */
  awaitLines: number[];
}

/** Parenthesis heads after which a `{` opens a block of statements (and a bare statement follows `)`). */
const BLOCK_HEADS = new Set(["if", "for", "while", "catch", "with"]);
/** Words after which a `{` opens a block of statements. */
const BLOCK_WORDS = new Set(["else", "try", "finally"]);
/** Words that cannot end a statement: the next line continues it. */
const CONTINUING_WORDS = new Set([
  "else",
  "do",
  "await",
  "yield",
  "new",
  "typeof",
  "in",
  "of",
  "instanceof",
  "void",
  "delete",
  "case",
  "extends",
  "const",
  "let",
  "var",
  "throw",
  "return",
  "async",
  "function",
  "class",
  "import",
  "export",
  "from",
  "as",
]);
/** Words that cannot start a statement of their own. */
const NOT_STARTING = new Set(["else", "catch", "finally", "in", "of", "instanceof", "as"]);
/** Characters that make a line continue the previous one. */
const CONTINUING_START = new Set([
  ".",
  ",",
  ")",
  "]",
  "}",
  "(",
  "[",
  "`",
  "?",
  ":",
  "+",
  "-",
  "*",
  "/",
  "%",
  "=",
  "<",
  ">",
  "&",
  "|",
  "^",
  "~",
  "!",
]);
/** Previous characters after which a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set([
  "",
  "(",
  ",",
  "=",
  ":",
  "[",
  "!",
  "&",
  "|",
  "?",
  "{",
  "}",
  ";",
  "+",
  "-",
  "*",
  "%",
  "<",
  ">",
  "~",
  "^",
]);

type Frame = { kind: "block" | "other" | "paren" | "template" | "expr"; head?: string; doBlock?: boolean };

const isWordChar = (c: string) => /[\w$]/.test(c);

/** Inserts step points into sucrase's output (line 1, which carries sucrase's prologue, is left alone). */
export function instrumentSteps(code: string): Instrumented {
  const stack: Frame[] = [{ kind: "block" }];
  const out: string[] = [];
  const stepLines: number[] = [];
  const awaitLines: number[] = [];
  // Positions where a wrapped await's operand ends and its closing parenthesis goes, innermost last.
  const closeAt: number[] = [];
  let prevChar = "";
  let prevWord = "";
  let lastParenHead = "";
  let afterDoBlock = false;
  let line = 1;
  let i = 0;
  const n = code.length;
  const allBlocks = () => stack.every((f) => f.kind === "block");

  const atLineStart = () => {
    let j = i;
    while (j < n && (code[j] === " " || code[j] === "\t")) j++;
    const c = code[j];
    if (j >= n || c === "\n" || c === "\r") return;
    if (code.startsWith("//", j) || code.startsWith("/*", j)) return;
    if (!allBlocks() || CONTINUING_START.has(c)) return;
    const word = /^[\w$]+/.exec(code.slice(j, j + 20))?.[0] ?? "";
    if (NOT_STARTING.has(word) || (afterDoBlock && word === "while")) return;
    const endsStatement =
      prevChar === "" ||
      prevChar === ";" ||
      prevChar === "{" ||
      prevChar === "}" ||
      ((isWordChar(prevChar) ||
        prevChar === ")" ||
        prevChar === "]" ||
        prevChar === "'" ||
        prevChar === '"' ||
        prevChar === "`") &&
        !(prevChar === ")" && BLOCK_HEADS.has(lastParenHead)) &&
        !(prevWord && CONTINUING_WORDS.has(prevWord)));
    if (!endsStatement) return;
    out.push(code.slice(i, j), `await ${STEP_FUNCTION}(${line});`);
    stepLines.push(line);
    i = j;
  };

  const significant = (c: string, word = "") => {
    prevChar = c;
    prevWord = word;
  };

  while (i < n) {
    while (closeAt.length > 0 && i >= closeAt[closeAt.length - 1]) {
      out.push(")");
      closeAt.pop();
    }
    const c = code[i];
    const top = stack[stack.length - 1];
    if (top.kind === "template") {
      if (c === "\\") {
        out.push(code.slice(i, i + 2));
        i += 2;
        continue;
      }
      if (c === "`") {
        stack.pop();
        out.push(c);
        i++;
        significant("`");
        continue;
      }
      if (c === "$" && code[i + 1] === "{") {
        stack.push({ kind: "expr" });
        out.push("${");
        i += 2;
        prevChar = "{";
        prevWord = "";
        continue;
      }
      if (c === "\n") line++;
      out.push(c);
      i++;
      continue;
    }
    if (c === "\n") {
      out.push(c);
      i++;
      line++;
      atLineStart();
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      out.push(c);
      i++;
      continue;
    }
    if (c === "/" && code[i + 1] === "/") {
      const end = code.indexOf("\n", i);
      const stop = end < 0 ? n : end;
      out.push(code.slice(i, stop));
      i = stop;
      continue;
    }
    if (c === "/" && code[i + 1] === "*") {
      const end = code.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      const text = code.slice(i, stop);
      line += text.split("\n").length - 1;
      out.push(text);
      i = stop;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && code[j] !== c && code[j] !== "\n") j += code[j] === "\\" ? 2 : 1;
      out.push(code.slice(i, j + 1));
      i = j + 1;
      significant(c);
      continue;
    }
    if (c === "`") {
      stack.push({ kind: "template" });
      out.push(c);
      i++;
      continue;
    }
    if (c === "/" && (BEFORE_REGEX.has(prevChar) || CONTINUING_WORDS.has(prevWord))) {
      let j = i + 1;
      let inClass = false;
      while (j < n && code[j] !== "\n") {
        if (code[j] === "\\") {
          j += 2;
          continue;
        }
        if (code[j] === "[") inClass = true;
        else if (code[j] === "]") inClass = false;
        else if (code[j] === "/" && !inClass) break;
        j++;
      }
      j++;
      while (j < n && isWordChar(code[j])) j++;
      out.push(code.slice(i, j));
      i = j;
      significant("x");
      continue;
    }
    if (isWordChar(c)) {
      let j = i;
      while (j < n && isWordChar(code[j])) j++;
      const word = code.slice(i, j);
      if (word === "await" && prevWord === "for") {
        // `for await (...)`: the parenthesis still belongs to the `for`.
        out.push(word);
        i = j;
        continue;
      }
      const end = word === "await" && allBlocks() ? operandEnd(code, j) : undefined;
      if (end !== undefined) {
        out.push(`await ${AFTER_AWAIT_FUNCTION}(${line}, `);
        awaitLines.push(line);
        closeAt.push(end);
        i = j;
        while (code[i] === " ") i++;
        significant("(");
        continue;
      }
      out.push(word);
      i = j;
      significant(word.at(-1)!, word);
      continue;
    }
    if (c === "(") {
      stack.push({ kind: "paren", head: prevWord });
      out.push(c);
      i++;
      significant(c);
      continue;
    }
    if (c === "[") {
      stack.push({ kind: "other" });
      out.push(c);
      i++;
      significant(c);
      continue;
    }
    if (c === "{") {
      const isBlock =
        (prevChar === ")" && BLOCK_HEADS.has(lastParenHead)) ||
        BLOCK_WORDS.has(prevWord) ||
        ((prevChar === "" || prevChar === ";" || prevChar === "{" || prevChar === "}") && top.kind === "block");
      stack.push(prevWord === "do" ? { kind: "other", doBlock: true } : { kind: isBlock ? "block" : "other" });
      out.push(c);
      i++;
      significant(c);
      continue;
    }
    if (c === ")" || c === "]" || c === "}") {
      const closed = stack.length > 1 ? stack.pop()! : top;
      if (closed.kind === "expr") {
        out.push(c);
        i++;
        prevChar = "x";
        prevWord = "";
        continue;
      }
      if (c === ")") lastParenHead = closed.head ?? "";
      afterDoBlock = c === "}" && closed.doBlock === true;
      out.push(c);
      i++;
      significant(c);
      continue;
    }
    out.push(c);
    i++;
    // `=>` ends in `>`, which already marks the next line as a continuation.
    significant(c);
  }
  while (closeAt.length > 0) {
    out.push(")");
    closeAt.pop();
  }
  return { code: out.join(""), stepLines, awaitLines };
}

/** Index just past a bracketed group, string or template starting at `i` (its closing character). */
function skipGroup(code: string, i: number): number {
  const open = code[i];
  if (open === "'" || open === '"' || open === "`") {
    let j = i + 1;
    while (j < code.length && code[j] !== open) j += code[j] === "\\" ? 2 : 1;
    return j + 1;
  }
  const close = open === "(" ? ")" : open === "[" ? "]" : "}";
  let depth = 0;
  for (let j = i; j < code.length; j++) {
    const ch = code[j];
    if (ch === "'" || ch === '"' || ch === "`") {
      j = skipGroup(code, j) - 1;
      continue;
    }
    if (ch === "/" && code[j + 1] === "/") {
      j = code.indexOf("\n", j);
      if (j < 0) return code.length;
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) return ch === close ? j + 1 : -1;
    }
  }
  return -1;
}

/**
 * Where the operand of an `await` ending at `from` ends: a name, literal or bracketed group, then
 * any chain of `.name`, `?.name`, `[...]`, `(...)` and templates (`await` binds tighter than any
 * operator). Undefined when the operand is of a shape this scanner does not follow (it is then
 * left unwrapped, which only costs a step point).
 */
function operandEnd(code: string, from: number): number | undefined {
  let i = from;
  while (code[i] === " ") i++;
  const start = code[i];
  if (start === undefined) return undefined;
  if (/[\w$]/.test(start)) {
    while (i < code.length && /[\w$]/.test(code[i])) i++;
    const word = code.slice(from, i).trim();
    if (["new", "typeof", "void", "delete", "await", "function", "class", "async", "import"].includes(word))
      return undefined;
  } else if ("([{'\"`".includes(start)) {
    i = skipGroup(code, i);
    if (i < 0) return undefined;
  } else return undefined;
  for (;;) {
    let j = i;
    while (code[j] === " " || code[j] === "\t") j++;
    const ch = code[j];
    if (ch === "." && /[\w$#]/.test(code[j + 1] ?? "")) {
      j++;
      while (j < code.length && /[\w$#]/.test(code[j])) j++;
    } else if (ch === "?" && code[j + 1] === ".") {
      j += 2;
      if (code[j] === "(" || code[j] === "[") j = skipGroup(code, j);
      else while (j < code.length && /[\w$#]/.test(code[j])) j++;
      if (j < 0) return undefined;
    } else if (ch === "(" || ch === "[" || ch === "`") {
      j = skipGroup(code, j);
      if (j < 0) return undefined;
    } else return i;
    i = j;
  }
}
