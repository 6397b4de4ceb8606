/**
 * The cache inspector's model: turns a playground's run results and the server's cache snapshot
 * into plain data the inspector panel renders. React-free and DOM-free, so it is unit-tested in Node.
 */
export { buildInspectorView, type EntryRow, type FunctionView, type InspectorView, type MutationNote } from "./view";
export { EMPTY_HISTORY, recordRun, RUNS_KEPT, type InspectorHistory, type RunRecord } from "./history";
export { describeIdentity, identityLines, IDENTITY_RUNS, type IdentityLine, type ReceivedObject } from "./identity";
export { explainMiss, type MissCode, type MissExplanation } from "./miss-reasons";
export { functionKey, groupRunEvents, type CallStep, type Handout, type RemovalStep, type RunStep } from "./run-steps";
export { changedArguments, keySummary, type ArgumentChange } from "./key-summary";
export { formatAge, formatBytes, formatClockOffset, formatDuration } from "./format";
