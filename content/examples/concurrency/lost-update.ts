import type { StApi } from "@/lib/streamlit";
declare const st: StApi;
// ---- example ----
// A visit counter shared by everyone who opens the app.
const getCounter = st.cacheResource(() => ({ visits: 0 }));
const counter = getCounter();

// Read the count, then write it back one higher.
const seen = counter.visits;
st.caption(`read ${seen}`);
counter.visits = seen + 1;
st.metric("Visits", counter.visits);
