import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// Uber pickups in New York City, September 2014
// (NYC TLC trip data, via FiveThirtyEight).
const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";

const loadData = st.cacheResource(async function loadData(url: string) {
  const df = await dfd.readCSV(url);
  return df;
});

const df = await loadData(DATA_URL);
st.subheader("Raw data");
st.dataframe(df);

const withoutLat = df.drop({ columns: ["Lat"] });
st.subheader("Without latitude");
st.dataframe(withoutLat);
