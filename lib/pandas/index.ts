/**
 * pandas behaviour on top of danfojs: errors worded as pandas words them, a portable `readCSV`,
 * and fast access to frame internals for the cache layer.
 */
export {
  AttributeError,
  IndexError,
  KeyError,
  labelOf,
  MissingColumnRead,
  PythonError,
  pyIndexRepr,
  pyRepr,
  pyStrRepr,
} from "./python-errors";
export { createPandasModule, csvTextToFrame, FileNotFoundError, installPandasCompat, type FetchLike } from "./compat";
export {
  frameColumns,
  frameFromColumns,
  internals,
  isDataFrame,
  isNdFrame,
  isSeries,
  rangeIndex,
  rowCount,
  transpose,
  type Danfo,
  type DataFrame,
  type FrameInternals,
  type FrameParts,
  type Series,
} from "./frames";
