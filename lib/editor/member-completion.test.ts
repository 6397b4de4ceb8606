import { describe, expect, it } from "vitest";
import { endsInCode, memberContext } from "./member-completion";

describe("memberContext", () => {
  it("finds st. and dfd. right before the caret, with what is typed of the name", () => {
    expect(memberContext("st.")).toEqual({ object: "st", prefix: "" });
    expect(memberContext("const df = await dfd.")).toEqual({ object: "dfd", prefix: "" });
    expect(memberContext("x = 1;\n  st.cache")).toEqual({ object: "st", prefix: "cache" });
    expect(memberContext("await dfd.readC")).toEqual({ object: "dfd", prefix: "readC" });
    expect(memberContext("f(st.")).toEqual({ object: "st", prefix: "" });
    expect(memberContext("st\n  .cacheD")).toEqual({ object: "st", prefix: "cacheD" });
    expect(memberContext("[st.")).toEqual({ object: "st", prefix: "" });
  });

  it("ignores other objects, other members and names that merely end in st", () => {
    for (const text of [
      "best.",
      "first.",
      "df.",
      "foo.st.",
      "st.cacheData.",
      "st.cacheData.cl",
      "st",
      "st.a b",
      "st?.",
      "$st.",
      "_dfd.",
    ])
      expect(memberContext(text), text).toBeNull();
  });

  it("ignores st. in comments, strings and a template's text, and finds it in a template's ${}", () => {
    for (const text of ["// st.", "/* st.", '"st.', "'st.", "`st.", "`${a}` + `st.", "/* a */ x = '// '; // st."])
      expect(memberContext(text), text).toBeNull();
    expect(memberContext("`value: ${st.")).toEqual({ object: "st", prefix: "" });
    expect(memberContext("/* a */ st.")).toEqual({ object: "st", prefix: "" });
    expect(memberContext('"a" + st.')).toEqual({ object: "st", prefix: "" });
    expect(memberContext("// a\nst.")).toEqual({ object: "st", prefix: "" });
  });
});

describe("endsInCode", () => {
  it("follows comments, the three quotes, escapes and nested templates", () => {
    expect(endsInCode("")).toBe(true);
    expect(endsInCode("a // b\n")).toBe(true);
    expect(endsInCode("/* a */")).toBe(true);
    expect(endsInCode('"a \\" b"')).toBe(true);
    expect(endsInCode('"a \\" b')).toBe(false);
    expect(endsInCode("`a ${ { b: `c ${d}` } } e`")).toBe(true);
    expect(endsInCode("`a ${ { b: `c ${d}` } } e")).toBe(false);
    expect(endsInCode("`a ${ { b: `c ${d")).toBe(true);
    expect(endsInCode("`a ${ { b: `c")).toBe(false);
    expect(endsInCode("'unclosed\nnext line")).toBe(true);
  });
});
