import type { StApi } from "@/lib/streamlit";
declare const st: StApi;
// ---- example ----
// The same script with st.cacheData: every run gets its own copy of the list.
const createList = st.cacheData(function createList() {
  return [1, 2, 3];
});
const l = createList();
l[0] = l[0] + 1;
st.metric("First item", l[0]);
