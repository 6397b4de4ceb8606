import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// Pickups at two bases. The button removes one entry; the other stays.
const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";

const pickupsAtBase = st.cacheData(async function pickupsAtBase(url: string, base: string) {
  const df = await dfd.readCSV(url);
  const pickups = (df.column("Base").values as string[]).filter((b) => b === base).length;
  return { base, pickups };
});

st.json(await pickupsAtBase(DATA_URL, "B02512"));
st.json(await pickupsAtBase(DATA_URL, "B02598"));

if (st.button("Forget B02512")) {
  pickupsAtBase.clear(DATA_URL, "B02512");
  st.info("The entry for B02512 is gone. The next run computes it again.");
}
