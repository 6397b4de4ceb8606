import type { StApi } from "@/lib/streamlit";
declare const st: StApi;
// ---- example ----
// The counter from st.cacheData: each run gets its own copy, so nobody sees another's write.
const getCounter = st.cacheData(() => ({ visits: 0 }));
const counter = getCounter();

// Read the count, then write it back one higher.
const seen = counter.visits;
st.caption(`read ${seen}`);
counter.visits = seen + 1;
st.metric("Visits", counter.visits);
