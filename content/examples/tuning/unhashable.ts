import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// Streamlit must hash every argument to build the key, and a function has no hash.
const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";

const describeBases = st.cacheData(async function describeBases(url: string, format: (n: number) => string) {
  const df = await dfd.readCSV(url);
  const bases = df.column("Base").values as string[];
  return `${format(bases.length)} pickups at ${format(new Set(bases).size)} bases`;
});

try {
  st.text(await describeBases(DATA_URL, (n) => n.toLocaleString("en-US")));
} catch (error) {
  st.exception(error);
}

// The fix the error suggests: a leading underscore keeps the function out of the key.
const describeBasesFixed = st.cacheData(async function describeBasesFixed(url: string, _format: (n: number) => string) {
  const df = await dfd.readCSV(url);
  const bases = df.column("Base").values as string[];
  return `${_format(bases.length)} pickups at ${_format(new Set(bases).size)} bases`;
});
st.text(await describeBasesFixed(DATA_URL, (n) => n.toLocaleString("en-US")));
