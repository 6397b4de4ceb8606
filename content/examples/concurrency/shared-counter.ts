import type { StApi } from "@/lib/streamlit";
declare const st: StApi;
// ---- example ----
// One list for the whole server: st.cacheResource hands every session the same object.
const createList = st.cacheResource(function createList() {
  return [1, 2, 3];
});
const l = createList();
l[0] = l[0] + 1;
st.metric("First item", l[0]);
