import type { LineAnchor } from "@/lib/twin/align-lines";

/**
 * The lines the tutorials point at, paired by hand between each example and its Python twin
 * (`<name>.py`). The view that shows both forces these pairs, and twins.test.ts checks each one:
 * both texts sit on exactly one line, both lines carry every word of `keys`, and the automatic
 * pairing finds the same two lines by itself. Texts avoid `await`, which the TypeScript may lose.
 */
export interface TwinAnchor extends LineAnchor {
  /** What the line is, as a tutorial would name it ("the drop line"). */
  what: string;
  /** Words (as `lineTokens` gives them) both lines must contain. */
  keys: string[];
}

const DROP: TwinAnchor = { what: "the drop line", ts: 'df.drop({ columns: ["Lat"], inplace: true })', py: 'df.drop(columns=["Lat"], inplace=True)', keys: ["drop", "columns", "lat", "inplace"] };
const CALL_LOAD: TwinAnchor = { what: "the cached call", ts: "loadData(DATA_URL)", py: "df = load_data(DATA_URL)", keys: ["df", "load_data", "data_url"] };
const COUNTER_READ: TwinAnchor = { what: "the read", ts: "const seen = ", py: "seen = ", keys: ["seen", "visits"] };
const COUNTER_WRITE: TwinAnchor = { what: "the write", ts: "visits = seen + 1", py: '["visits"] = seen + 1', keys: ["visits", "seen", "1"] };
const LIST_WRITE: TwinAnchor = { what: "the change to the list", ts: "l[0] = l[0] + 1", py: "l[0] = l[0] + 1", keys: ["l", "0", "1"] };
const counterAnchors = (decorator: string, ts: string): TwinAnchor[] => [
  { what: "the cached function", ts, py: decorator, keys: decorator.includes("cache_data") ? ["cache_data"] : ["cache_resource"] },
  COUNTER_READ,
  COUNTER_WRITE,
];

/** Hand-paired lines, by example name. Every example has at least one. */
export const TWIN_ANCHORS: Record<string, TwinAnchor[]> = {
  "basics/rerun-counter": [
    { what: "the session state count", ts: "state.runs += 1", py: "st.session_state.runs += 1", keys: ["runs"] },
    { what: "the plain variable", ts: "plain += 1", py: "plain += 1", keys: ["plain"] },
    { what: "the cached function", ts: "const square = st.cacheData(", py: "def square(n):", keys: ["square"] },
  ],
  "mutation/uber-cache-resource": [{ what: "the cached function", ts: "st.cacheResource(", py: "@st.cache_resource", keys: ["cache_resource"] }, CALL_LOAD, DROP],
  "mutation/uber-cache-data": [{ what: "the cached function", ts: "st.cacheData(", py: "@st.cache_data", keys: ["cache_data"] }, CALL_LOAD, DROP],
  "concurrency/uber-shared-frame": [{ what: "the cached function", ts: "st.cacheResource(", py: "@st.cache_resource", keys: ["cache_resource"] }, CALL_LOAD, DROP],
  "concurrency/shared-counter": [{ what: "the cached function", ts: "st.cacheResource(", py: "@st.cache_resource", keys: ["cache_resource"] }, LIST_WRITE],
  "concurrency/shared-counter-data": [{ what: "the cached function", ts: "st.cacheData(", py: "@st.cache_data", keys: ["cache_data"] }, LIST_WRITE],
  "concurrency/lost-update": counterAnchors("@st.cache_resource", "st.cacheResource("),
  "concurrency/fix-cache-data": counterAnchors("@st.cache_data", "st.cacheData("),
  "concurrency/fix-copy": [...counterAnchors("@st.cache_resource", "st.cacheResource("), { what: "the copy", ts: "const counter = ", py: "counter = dict(", keys: ["counter", "get_counter"] }],
  "concurrency/fix-session-scope": [{ what: "the session scope", ts: 'scope: "session"', py: '@st.cache_resource(scope="session")', keys: ["cache_resource", "scope", "session"] }, COUNTER_READ, COUNTER_WRITE],
  "concurrency/fix-lock": [
    { what: "the lock", ts: "new st.Lock()", py: "threading.Lock()", keys: ["lock"] },
    { what: "the lock line", ts: "lock.acquire()", py: "lock.acquire()", keys: ["lock", "acquire"] },
    { what: "the release", ts: "lock.release()", py: "lock.release()", keys: ["lock", "release"] },
    COUNTER_READ,
    COUNTER_WRITE,
  ],
  "concurrency/fix-session-state": [{ what: "the session state", ts: "= st.sessionState", py: "= st.session_state", keys: ["session_state", "state"] }, { what: "the read", ts: "const seen = ", py: "seen = ", keys: ["seen", "state", "visits"] }, { what: "the write", ts: "state.visits = seen + 1", py: "state.visits = seen + 1", keys: ["state", "visits", "seen"] }],
  "tuning/ttl": [{ what: "the ttl option", ts: 'ttl: "1h"', py: 'ttl="1h"', keys: ["ttl", "1h"] }, { what: "the cached call", ts: "st.json(", py: "st.json(", keys: ["json", "pickups_per_hour"] }],
  "tuning/max-entries": [
    { what: "the maxEntries option", ts: "maxEntries: 2", py: "max_entries=2", keys: ["max_entries", "2"] },
    { what: "the eviction", ts: "(DATA_URL, 23)", py: "(DATA_URL, 23)", keys: ["pickups_in_hour", "23", "evicted"] },
  ],
  "tuning/clear-one": [{ what: "the clear call", ts: ".clear(", py: ".clear(", keys: ["pickups_in_hour", "clear", "8"] }, { what: "the button", ts: "st.button(", py: "st.button(", keys: ["button", "forget", "8"] }],
  "tuning/validate": [{ what: "the validate option", ts: "validate:", py: "validate=", keys: ["validate", "connection", "open"] }, { what: "the close", ts: "connection.open = false", py: 'connection["open"] = False', keys: ["connection", "open"] }],
  "tuning/excluded-argument": [{ what: "the excluded argument", ts: "function countRows(_frame", py: "def count_rows(_frame", keys: ["count_rows", "_frame", "label"] }, { what: "the hit", ts: "// hit:", py: "# hit:", keys: ["count_rows", "hit", "key"] }],
  "tuning/unhashable": [
    { what: "the unhashable argument", ts: "function describePickups(url", py: "def describe_pickups(url", keys: ["describe_pickups", "url", "format"] },
    { what: "the fixed argument", ts: "function describePickupsFixed(url", py: "def describe_pickups_fixed(url", keys: ["describe_pickups_fixed", "_format"] },
  ],
};
