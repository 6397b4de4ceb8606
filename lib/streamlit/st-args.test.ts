/** Wrong values passed to st: a Streamlit-style error on the script's line, never a bad element. */
import { describe, expect, it } from "vitest";
import { testServer } from "./test-support/harness";

async function errorOf(script: string) {
  const { server } = testServer();
  const result = await server.createSession().run(script);
  return { error: result.error, elements: result.elements };
}

describe("st arguments", () => {
  it.each([
    [
      "st.metric({ a: 1 } as any, 1);",
      `'{"a":1}' is of type object, which is not an accepted type. label only accepts: string. Please convert the label to an accepted type.`,
    ],
    [
      "st.metric('m', [1] as any);",
      "'[1]' is of type Array, which is not an accepted type. value only accepts: number, string, or null. Please convert the value to an accepted type.",
    ],
    [
      "st.metric('m', 1, new Map() as any);",
      "'{}' is of type Map, which is not an accepted type. delta only accepts: number, string, or null. Please convert the delta to an accepted type.",
    ],
    [
      "st.button(7 as any);",
      "'7' is of type number, which is not an accepted type. label only accepts: string. Please convert the label to an accepted type.",
    ],
    [
      "st.selectbox('s', 5 as any);",
      "st.selectbox: options must be an array (or another iterable) of choices, got '5' of type number.",
    ],
    [
      "st.selectbox('s', ['a'], { index: 3 });",
      "Selectbox index must be greater than or equal to 0 and less than the length of options.",
    ],
    [
      "st.slider('s', { min: 5, max: 1 });",
      "Slider `min` must be less than the `max`. The value of `min` is 5. The value of `max` is 1.",
    ],
    ["st.slider('s', { step: 0 });", "Slider components cannot be passed a `step` of 0 or less."],
    [
      "st.slider('s', { value: 200 });",
      "The default `value` of 200 must lie between the `min` of 0 and the `max` of 100, inclusively.",
    ],
    ["st.slider('s', { max: '9' as any });", "st.slider: max must be a finite number, got '9' of type string."],
    ["st.textInput('t', { key: [] as any });", "st.textInput: key must be a string or a number, got an Array."],
    [
      "st.code({ toString() { throw new Error('x'); } } as any);",
      "st.code could not turn its body (an object) into text. Pass a string, or a value with a working toString().",
    ],
    [
      "st.text(Object.create(null));",
      "st.text could not turn its body (an object) into text. Pass a string, or a value with a working toString().",
    ],
  ])("%s", async (script, message) => {
    const { error } = await errorOf(`st.divider();\n${script}`);
    expect(error).toEqual({ type: "StreamlitAPIException", message, line: 2, column: expect.any(Number) });
  });

  it("converts what Streamlit converts: option texts, a missing metric value, numbers as text", async () => {
    const { error, elements } = await errorOf(`const pick = st.selectbox("s", [{ a: 1 }, 2, null] as any, { index: 1 });
st.text("picked " + pick + " of type " + typeof pick);
st.metric("m", null); st.code(42 as any, null as any); st.title(5 as any);`);
    expect(error).toBeUndefined();
    expect(elements).toEqual([
      { type: "selectbox", id: "selectbox:s", label: "s", options: ["[object Object]", "2", "null"], index: 1 },
      { type: "text", body: "picked 2 of type number" },
      { type: "metric", label: "m", value: "—" },
      { type: "code", body: "42", language: "text" },
      { type: "title", body: "5" },
    ]);
  });
});
