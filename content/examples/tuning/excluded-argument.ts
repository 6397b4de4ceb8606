import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// A parameter whose name starts with _ is left out of the cache key.
const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";

const loadData = st.cacheData(async function loadData(url: string) {
  return await dfd.readCSV(url);
});
const df = await loadData(DATA_URL);

const countRows = st.cacheData(function countRows(_frame: typeof df, label: string) {
  return { label, rows: _frame.shape[0] };
});

st.json(countRows(df, "all pickups")); // miss
st.json(countRows(df.head(100), "all pickups")); // hit: the frame is not in the key
st.json(countRows(df.head(100), "first 100 pickups")); // miss: the label changed
