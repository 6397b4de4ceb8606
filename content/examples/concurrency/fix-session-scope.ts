import type { StApi } from "@/lib/streamlit";
declare const st: StApi;
// ---- example ----
// scope "session": one counter per session, dropped when the session ends.
const getCounter = st.cacheResource(() => ({ visits: 0 }), { scope: "session" });
const counter = getCounter();

// Read the count, then write it back one higher.
const seen = counter.visits;
st.caption(`read ${seen}`);
counter.visits = seen + 1;
st.metric("Visits", counter.visits);
