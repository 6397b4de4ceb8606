import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// Pickups per base, kept for one hour. After that, the next run reads the file again.
const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";

const pickupsPerBase = st.cacheData(
  async function pickupsPerBase(url: string) {
    const df = await dfd.readCSV(url);
    const counts: Record<string, number> = {};
    for (const base of df.column("Base").values as string[]) counts[base] = (counts[base] ?? 0) + 1;
    return counts;
  },
  { ttl: "1h" },
);

st.subheader("Pickups per base");
st.json(await pickupsPerBase(DATA_URL));
