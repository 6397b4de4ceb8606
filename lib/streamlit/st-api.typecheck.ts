/**
 * Compile-time checks of the script-facing types (run by `npm run typecheck`, never executed):
 * scripts written against `declare const st: StApi` get real parameter and return types, and
 * misuse is a type error.
 */
import type { Danfo } from "../pandas";
import type { StApi } from "./index";

declare const st: StApi;
declare const dfd: Danfo;

/** Never called: the body only has to type-check. */
export async function scriptTypesCheck(): Promise<void> {
  const loadData = st.cacheData(
    async function loadData(url: string, nrows?: number) {
      const df = await dfd.readCSV(url);
      return nrows ? df.head(nrows) : df;
    },
    { ttl: "1h", maxEntries: 3, persist: "disk", showSpinner: "Loading..." },
  );
  const df = await loadData("/data/uber-raw-data-sep14-10k.csv");
  const shape: number[] = df.shape;
  loadData.clear("/data/x.csv");
  loadData.clear();
  // @ts-expect-error the argument must be a string
  await loadData(42);
  // @ts-expect-error an async cached function returns a promise, which has no shape
  void loadData("/data/x.csv").shape;

  // A plain function stays plain: its value, not a promise.
  const createList = st.cacheResource(function createList() {
    return [1, 2, 3];
  });
  const l: number[] = createList();
  l[0] += 1;
  // @ts-expect-error not a promise
  void createList().then;

  const connect = st.cacheResource(() => ({ alive: true, close: () => {} }), {
    validate: (conn) => conn.alive,
    onRelease: (conn) => conn.close(),
    scope: "session",
  });
  const conn = connect();
  const alive: boolean = conn.alive;
  // @ts-expect-error validate receives the resolved value, which has no `missing` field
  st.cacheResource(() => ({ alive: true }), { validate: (c) => c.missing });
  // @ts-expect-error cacheResource has no persist option
  st.cacheResource(() => 1, { persist: "disk" });

  const color: "red" | "blue" = st.selectbox("Color", ["red", "blue"] as const);
  const clicked: boolean = st.button("Go");
  const n: number = await st.spinner("Working...", async () => 1);
  st.sessionState.count = 1;
  st.write(shape, alive, color, clicked, n, df);
  st.cacheData.clear();
  st.cacheResource.clear();

  st.markdown("<b>bold</b>", { unsafeAllowHtml: true });
  // @ts-expect-error unsafeAllowHtml is true or false, as Streamlit's unsafe_allow_html
  st.markdown("<b>bold</b>", { unsafeAllowHtml: "yes" });
}
