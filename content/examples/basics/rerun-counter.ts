import type { StApi } from "@/lib/streamlit";
declare const st: StApi;
// ---- example ----
// Every click reruns this whole script, from the first line to the last.
// Session state outlives a rerun; a plain variable starts again from nothing.
const state = st.sessionState as { runs: number };
state.runs ??= 0;
state.runs += 1;
let plain = 0;
plain += 1;
st.metric("Runs, counted in session state", state.runs);
st.metric("Runs, counted in a plain variable", plain);

// The body of a cached function runs on a miss only. It reads state.runs from
// outside, which is not part of the key, so a hit still says when it was worked out.
const square = st.cacheData(function square(n: number) {
  return `${n} squared is ${n * n} (worked out during run ${state.runs})`;
});

const n = st.slider("n", { min: 1, max: 10, value: 3 });
st.text(square(n));
st.button("Rerun");
