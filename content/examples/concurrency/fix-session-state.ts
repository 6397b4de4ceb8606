import type { StApi } from "@/lib/streamlit";
declare const st: StApi;
// ---- example ----
// Per-user data belongs in st.sessionState: each session has its own.
const state = st.sessionState as { visits?: number };
state.visits ??= 0;

// Read the count, then write it back one higher.
const seen = state.visits;
st.caption(`read ${seen}`);
state.visits = seen + 1;
st.metric("Visits", state.visits);
