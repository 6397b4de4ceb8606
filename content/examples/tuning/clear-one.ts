import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// Pickups in two hours of the day. The button removes one entry; the other stays.
const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";

const pickupsInHour = st.cacheData(async function pickupsInHour(url: string, hour: number) {
  const df = await dfd.readCSV(url);
  // "9/1/2014 17:05:00": the hour is the number before the first colon.
  const hours = (df.column("Date/Time").values as string[]).map((stamp) => Number(stamp.split(" ")[1].split(":")[0]));
  return { hour, pickups: hours.filter((h) => h === hour).length };
});

st.json(await pickupsInHour(DATA_URL, 8));
st.json(await pickupsInHour(DATA_URL, 17));

if (st.button("Forget 8 o'clock")) {
  pickupsInHour.clear(DATA_URL, 8);
  st.info("The entry for 8 o'clock is gone. The next run computes it again.");
}
