import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// Uber pickups in New York City, September 2014 (NYC TLC trip data, via FiveThirtyEight).
const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";
const loadData = st.cacheResource(async function loadData(url: string) {
  return await dfd.readCSV(url);
});

const df = await loadData(DATA_URL);
st.metric("Mean latitude", df["Lat"].mean().toFixed(4));

// This page is done with latitude, so it drops the column "to save memory".
df.drop({ columns: ["Lat"], inplace: true });
st.dataframe(df.head(5));
