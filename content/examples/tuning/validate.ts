import type { StApi } from "@/lib/streamlit";
import type { Danfo } from "@/lib/pandas";
declare const st: StApi;
declare const dfd: Danfo;
// ---- example ----
// A shared connection that can be closed. validate checks it on every hit,
// and a closed one is dropped and opened again.
const connect = st.cacheResource(
  function connect(database: string) {
    return { database, open: true };
  },
  { validate: (connection) => connection.open },
);

const connection = connect("pickups.db");
st.text(`Connected to ${connection.database}`);

if (st.button("Close the connection")) {
  connection.open = false;
  st.warning("Closed. On the next run, validate returns false and connect runs again.");
}
