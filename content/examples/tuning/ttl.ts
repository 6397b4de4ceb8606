import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// Pickups per hour of the day, kept for one hour. After that, the next run reads the file again.
const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";

const pickupsPerHour = st.cacheData(
  async function pickupsPerHour(url: string) {
    const df = await dfd.readCSV(url);
    const counts: Record<number, number> = {};
    for (const stamp of df.column("Date/Time").values as string[]) {
      const hour = Number(stamp.split(" ")[1].split(":")[0]);
      counts[hour] = (counts[hour] ?? 0) + 1;
    }
    return counts;
  },
  { ttl: "1h" },
);

st.subheader("Pickups per hour of the day");
st.json(await pickupsPerHour(DATA_URL));
