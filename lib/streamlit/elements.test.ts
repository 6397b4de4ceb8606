/** The st elements, widgets, session state, rerun and progress reporting. */
import { describe, expect, it } from "vitest";
import { ok, testServer, texts } from "./test-support/harness";
import type { RunProgress } from "./types";

describe("elements", () => {
  it("text-like elements, code, json, metric, callouts and divider are plain data named after their call", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`st.title("T"); st.header("H"); st.subheader("S");
st.markdown("**m**"); st.caption("c"); st.text(42);
st.code("x = 1", "python"); st.json({ a: [1, undefined], b: new Map([["k", 1]]) });
st.metric("Rows", 10000, -3);
st.error("e"); st.warning("w"); st.info("i"); st.success("s"); st.divider();
st.exception(new TypeError("bad"));`),
    );
    expect(result.elements).toEqual([
      { type: "title", body: "T" },
      { type: "header", body: "H" },
      { type: "subheader", body: "S" },
      { type: "markdown", body: "**m**" },
      { type: "caption", body: "c" },
      { type: "text", body: "42" },
      { type: "code", body: "x = 1", language: "python" },
      { type: "json", value: { a: [1, null], b: { k: 1 } } },
      { type: "metric", label: "Rows", value: "10000", delta: "-3" },
      { type: "error", body: "e" },
      { type: "warning", body: "w" },
      { type: "info", body: "i" },
      { type: "success", body: "s" },
      { type: "divider" },
      { type: "exception", error: { type: "TypeError", message: "bad", line: 6, column: 14 } },
    ]);
    expect(JSON.parse(JSON.stringify(result.elements))).toEqual(result.elements);
  });

  it("st.markdown marks its element when the script allows raw HTML, and only then", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`st.markdown("<b>a</b>"); st.markdown("<b>b</b>", { unsafeAllowHtml: true });
st.markdown("<b>c</b>", { unsafeAllowHtml: false }); st.write("<b>d</b>");`),
    );
    expect(result.elements).toEqual([
      { type: "markdown", body: "<b>a</b>" },
      { type: "markdown", body: "<b>b</b>", unsafeAllowHtml: true },
      { type: "markdown", body: "<b>c</b>" },
      { type: "markdown", body: "<b>d</b>" },
    ]);
  });

  it("st.write shows strings as Markdown, frames as tables, errors as exceptions and the rest as JSON", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`const df = new dfd.DataFrame({ a: [1, 2], b: ["x", "y"] });
st.write("# hi", 3, df, df["a"], [1, 2], { k: true }, new Error("oops"));`),
    );
    expect(result.elements.map((e) => e.type)).toEqual([
      "markdown",
      "markdown",
      "dataframe",
      "dataframe",
      "json",
      "json",
      "exception",
    ]);
    expect(result.elements[2]).toEqual({
      type: "dataframe",
      table: {
        columns: ["a", "b"],
        dtypes: ["int32", "string"],
        index: [0, 1],
        data: [
          [1, 2],
          ["x", "y"],
        ],
        shape: [2, 2],
      },
    });
    expect(result.elements[3]).toMatchObject({ table: { columns: ["a"], data: [[1, 2]], shape: [2, 1] } });
  });

  it("st.dataframe and st.table accept arrays of objects and objects of columns; tables are copies", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`const rows = [{ city: "NYC", n: 1 }, { city: "SF", n: 2.5 }];
st.dataframe(rows);
const cols = { x: [1, 2] };
st.table(cols);
cols.x.push(3);`),
    );
    expect(result.elements[0]).toMatchObject({
      type: "dataframe",
      table: {
        columns: ["city", "n"],
        dtypes: ["string", "float32"],
        data: [
          ["NYC", "SF"],
          [1, 2.5],
        ],
      },
    });
    expect(result.elements[1]).toMatchObject({ type: "table", table: { data: [[1, 2]], shape: [2, 1] } });
  });

  it("st.spinner reports start and end around the work and returns its result; elements stream as produced", async () => {
    const { server } = testServer();
    const progress: RunProgress[] = [];
    const result = ok(
      await server
        .createSession()
        .run(`const n = await st.spinner("Counting...", async () => 7);\nst.text(String(n));`, {
          onProgress: (p) => progress.push(p),
        }),
    );
    expect(texts(result)).toEqual(["7"]);
    expect(progress).toEqual([
      { kind: "spinner-start", id: 1, text: "Counting..." },
      { kind: "spinner-end", id: 1 },
      { kind: "element", element: { type: "text", body: "7" } },
    ]);
  });
});

describe("widgets and session state", () => {
  const app = `const clicked = st.button("Add");
const double = st.checkbox("Double", { value: false });
const name = st.textInput("Name", { value: "anon" });
const size = st.slider("Size", { min: 1, max: 10, value: 3 });
const color = st.selectbox("Color", ["red", "green", "blue"], { index: 1 });
st.sessionState.count ??= 0;
if (clicked) st.sessionState.count += double ? 2 : 1;
st.text([st.sessionState.count, name, size, color].join(" "));`;

  it("a button is true only on the run its click starts; other widget values persist in the session", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const first = ok(await session.run(app));
    expect(texts(first)).toEqual(["0 anon 3 green"]);
    expect(first.elements.slice(0, 5)).toEqual([
      { type: "button", id: "button:Add", label: "Add", value: false },
      { type: "checkbox", id: "checkbox:Double", label: "Double", value: false },
      { type: "textInput", id: "textInput:Name", label: "Name", value: "anon" },
      { type: "slider", id: "slider:Size", label: "Size", min: 1, max: 10, step: 1, value: 3 },
      { type: "selectbox", id: "selectbox:Color", label: "Color", options: ["red", "green", "blue"], index: 1 },
    ]);
    expect(texts(ok(await session.run(app, { widgets: { "button:Add": true } })))).toEqual(["1 anon 3 green"]);
    const changed = {
      "checkbox:Double": true,
      "textInput:Name": "Ada",
      "slider:Size": 9,
      "selectbox:Color": "blue",
      "button:Add": true,
    };
    expect(texts(ok(await session.run(app, { widgets: changed })))).toEqual(["3 Ada 9 blue"]);
    expect(texts(ok(await session.run(app)))).toEqual(["3 Ada 9 blue"]);
    expect(texts(ok(await server.createSession().run(app)))).toEqual(["0 anon 3 green"]);
  });

  it("two widgets with one label get distinct ids; a key overrides the label", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`st.button("Go"); st.button("Go"); st.button("Go", { key: "third" });`),
    );
    expect(result.elements.map((e) => ("id" in e ? e.id : ""))).toEqual(["button:Go", "button:Go#2", "third"]);
  });

  it("st.rerun() starts the script again; st.stop() ends it quietly", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const result = ok(
      await session.run(`st.sessionState.n = (st.sessionState.n ?? 0) + 1;
st.text("pass " + st.sessionState.n);
if (st.sessionState.n < 3) st.rerun();
st.stop();
st.text("never");`),
    );
    expect(texts(result)).toEqual(["pass 3"]);
    expect(result.runNumber).toBe(3);
  });

  it("an endless rerun loop is stopped with an error", async () => {
    const { server } = testServer();
    const result = await server.createSession().run(`st.rerun();`);
    expect(result.error?.type).toBe("StreamlitAPIException");
  });
});
