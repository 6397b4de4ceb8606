/**
 * Every error class in lib/ names itself with a string. The site's bundle is minified, so a name
 * taken from `constructor.name` (or `new.target.name`) reaches the reader as `er: Cannot hash ...`
 * instead of `UnhashableParamError: Cannot hash ...`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AttributeError, FileNotFoundError, IndexError, KeyError, MissingColumnRead, PythonError } from "./pandas";
import {
  StreamlitAPIException,
  UnhashableParamError,
  UnserializableReturnValueError,
  UserHashError,
} from "./streamlit/errors";

const LIB = path.dirname(new URL(import.meta.url).pathname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The text between a class header's `{` and its matching `}`. */
function classBody(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open);
}

interface ClassInfo {
  name: string;
  parent: string;
  body: string;
  file: string;
}

/** Every `class X extends Y` of lib/ whose chain reaches a built-in Error. */
function errorClasses(): ClassInfo[] {
  const classes: ClassInfo[] = [];
  for (const file of sourceFiles(LIB)) {
    const text = readFileSync(file, "utf8");
    // Generated declaration files (the editor's API types) hold classes as text, not code.
    if (text.startsWith("// Generated")) continue;
    for (const match of text.matchAll(/\bclass\s+(\w+)(?:<[^>]*>)?\s+extends\s+(\w+)[^{]*\{/g)) {
      classes.push({
        name: match[1],
        parent: match[2],
        body: classBody(text, match.index + match[0].length - 1),
        file: path.relative(LIB, file),
      });
    }
  }
  const errors = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError"]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of classes) {
      if (errors.has(c.parent) && !errors.has(c.name)) {
        errors.add(c.name);
        grew = true;
      }
    }
  }
  return classes.filter((c) => errors.has(c.name));
}

/** True when the class body sets `name` itself, from a string literal or (PythonError) from its Python type. */
function namesItself(body: string): boolean {
  if (/\b(?:override\s+)?(?:readonly\s+)?name\s*=\s*["'][A-Za-z]\w*["']/.test(body)) return true;
  return /this\.name\s*=\s*pythonType\b/.test(body);
}

describe("error class names survive minification", () => {
  const classes = errorClasses();

  it("finds the error classes of lib/", () => {
    expect(classes.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "StreamlitAPIException",
        "UnhashableParamError",
        "UnserializableReturnValueError",
        "UserHashError",
        "PythonError",
        "KeyError",
        "MissingColumnRead",
      ]),
    );
  });

  it("every error class of lib/ sets its own name from a string", () => {
    const unnamed = classes.filter((c) => !namesItself(c.body)).map((c) => `${c.file}: ${c.name}`);
    expect(unnamed).toEqual([]);
    const fromConstructor = classes
      .filter((c) => /new\.target\.name|constructor\.name/.test(c.body))
      .map((c) => `${c.file}: ${c.name}`);
    expect(fromConstructor).toEqual([]);
  });

  it("each teaching error reports the type the reader must see", () => {
    const named: [Error, string][] = [
      [new StreamlitAPIException("x"), "StreamlitAPIException"],
      [new UnhashableParamError("f", "p", "Foo", "st.cacheData"), "UnhashableParamError"],
      [new UnserializableReturnValueError("f", "Foo"), "UnserializableReturnValueError"],
      // Streamlit shows a UserHashError under the type of the error the hash function threw.
      [
        new UserHashError("f", "Foo", new RangeError("boom"), {
          api: "st.cacheData",
          hashFuncName: "hashFoo",
          hashStack: "",
        }),
        "RangeError",
      ],
      [new KeyError("Lat"), "KeyError"],
      [new MissingColumnRead("Lat"), "KeyError"],
      [new IndexError("positional indexers are out-of-bounds"), "IndexError"],
      [new AttributeError("DataFrame", "Lat"), "AttributeError"],
      [new FileNotFoundError("/x.csv"), "FileNotFoundError"],
      [new PythonError("ValueError", "x"), "ValueError"],
    ];
    for (const [error, name] of named)
      expect(`${error.name}: ${String(error).split(": ")[0]}`).toBe(`${name}: ${name}`);
  });
});
