import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// Streamlit must hash every argument to build the key, and a function has no hash.
const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";

const describePickups = st.cacheData(async function describePickups(url: string, format: (n: number) => string) {
  const df = await dfd.readCSV(url);
  const days = new Set((df.column("Date/Time").values as string[]).map((stamp) => stamp.split(" ")[0]));
  return `${format(df.shape[0])} pickups over ${format(days.size)} days`;
});

try {
  st.text(await describePickups(DATA_URL, (n) => n.toLocaleString("en-US")));
} catch (error) {
  st.exception(error);
}

// The fix the error suggests: a leading underscore keeps the function out of the key.
const describePickupsFixed = st.cacheData(async function describePickupsFixed(url: string, _format: (n: number) => string) {
  const df = await dfd.readCSV(url);
  const days = new Set((df.column("Date/Time").values as string[]).map((stamp) => stamp.split(" ")[0]));
  return `${_format(df.shape[0])} pickups over ${_format(days.size)} days`;
});
st.text(await describePickupsFixed(DATA_URL, (n) => n.toLocaleString("en-US")));
