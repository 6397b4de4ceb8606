import type { StApi } from "@/lib/streamlit";
declare const st: StApi;
// ---- example ----
// The shared counter again, with a lock held around the read and the write.
const getCounter = st.cacheResource(() => ({ visits: 0 }));
const counter = getCounter();
const lock = st.cacheResource(function getLock() { return new st.Lock(); })();
await lock.acquire(); // JavaScript cannot block: waiting for the lock is awaited
const seen = counter.visits;
st.caption(`read ${seen}`);
counter.visits = seen + 1;
lock.release();
st.metric("Visits", counter.visits);
