import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// Pickups in one hour of the day. The cache keeps at most two hours:
// a third one pushes out the hour that was used least recently.
const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";

const pickupsInHour = st.cacheData(
  async function pickupsInHour(url: string, hour: number) {
    const df = await dfd.readCSV(url);
    const times = df.column("Date/Time").values as string[];
    const pickups = times.filter((t) => Number(t.split(" ")[1].split(":")[0]) === hour).length;
    return { hour, pickups };
  },
  { maxEntries: 2 },
);

st.json(await pickupsInHour(DATA_URL, 8)); // miss: the cache is empty
st.json(await pickupsInHour(DATA_URL, 17)); // miss: now the cache is full
st.json(await pickupsInHour(DATA_URL, 8)); // hit: 8 becomes the most recently used
st.json(await pickupsInHour(DATA_URL, 23)); // miss: 17 is evicted to make room
