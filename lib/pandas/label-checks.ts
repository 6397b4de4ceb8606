/**
 * pandas' errors for danfojs calls that name labels a frame lacks: `drop`, `loc`, `iloc`,
 * `rename`, `sortValues`, `groupby` and a groupby's `col`. Each check runs before danfojs' own
 * method and raises what pandas raises (word for word, see lib/pandas/pandas-fixtures.json); a
 * valid call goes to danfojs unchanged. danfojs would instead raise `ParamError: ...`, raise an
 * error of its own wording, or silently ignore the label.
 */
import { type DataFrame, internals } from "./frames";
import { IndexError, KeyError, pyIndexRepr, pyRepr } from "./python-errors";

type Method = (this: DataFrame, ...args: unknown[]) => unknown;
type Proto = Record<PropertyKey, unknown>;

/**
 * Replaces `proto[name]` with a method that runs `check` on the call's arguments first. A check
 * raises, or returns the arguments danfojs should get instead (never changing the reader's objects).
 */
function guard(proto: Proto, name: string, check: (self: DataFrame, args: unknown[]) => unknown[] | void): void {
  const original = proto[name] as Method;
  if (typeof original !== "function") return;
  proto[name] = function guarded(this: DataFrame, ...args: unknown[]) {
    return original.apply(this, check(this, args) ?? args);
  };
}

/** The labels of `wanted` that `available` lacks, in the order given. */
function missingLabels(wanted: unknown, available: readonly unknown[]): unknown[] {
  const list = Array.isArray(wanted) ? wanted : [wanted];
  return list.filter((label) => !available.includes(label as never));
}

function notFoundInAxis(missing: unknown[]): KeyError {
  return new KeyError(`${pyRepr(missing)} not found in axis`);
}

/** pandas' `.loc` with a list of labels: some missing is "[...] not in index", all missing is "None of [...]". */
function checkLocLabels(wanted: unknown[], available: readonly unknown[]): void {
  const missing = missingLabels(wanted, available);
  if (missing.length === 0) return;
  if (missing.length === wanted.length) throw new KeyError(`None of [${pyIndexRepr(wanted)}] are in the [index]`);
  throw new KeyError(`${pyRepr(missing)} not in index`);
}

/** A list of labels, as opposed to danfojs' other selectors (a Series, booleans, a `"a:b"` slice). */
function labelList(selector: unknown): unknown[] | undefined {
  if (!Array.isArray(selector) || selector.length === 0) return undefined;
  if (selector.some((s) => typeof s === "boolean")) return undefined;
  if (selector.length === 1 && typeof selector[0] === "string" && selector[0].includes(":")) return undefined;
  return selector;
}

/** Row labels of a danfojs `loc` call, read as danfojs reads a lone string (`["5"]` is the label 5). */
function rowLabels(selector: unknown, index: readonly unknown[]): unknown[] | undefined {
  const list = labelList(selector);
  if (list && list.length === 1 && typeof list[0] === "string" && !index.includes(list[0])) {
    const asNumber = Number(list[0]);
    if (list[0].trim() !== "" && index.includes(asNumber)) return undefined;
  }
  return list;
}

/** pandas' `.iloc`: a position past either end raises IndexError. */
function checkPositions(selector: unknown, length: number): void {
  const list = labelList(selector);
  if (list?.some((p) => typeof p === "number" && (p >= length || p < -length))) {
    throw new IndexError("positional indexers are out-of-bounds");
  }
}

/** Installs the checks on danfojs' base DataFrame and Series prototypes, and on its Groupby prototype. */
export function installLabelChecks(frameProto: Proto, seriesProto: Proto, groupbyProto: Proto | undefined): void {
  guard(frameProto, "drop", (self, [options]) => {
    const { columns, index, errors } = (options ?? {}) as { columns?: unknown; index?: unknown; errors?: unknown };
    const axis =
      columns !== undefined && index === undefined
        ? internals(self).$columns
        : index !== undefined && columns === undefined
          ? internals(self).$index
          : undefined;
    if (!axis) return;
    const given = columns ?? index;
    const missing = missingLabels(given, axis);
    if (missing.length === 0) return;
    if (errors !== "ignore") throw notFoundInAxis(missing);
    // pandas' errors="ignore": drop only the labels that exist (danfojs would refuse the others).
    const kept = (Array.isArray(given) ? given : [given]).filter((label) => !missing.includes(label));
    return [{ ...(options as object), [columns !== undefined ? "columns" : "index"]: kept }];
  });

  guard(frameProto, "loc", (self, [options]) => {
    const { rows, columns } = (options ?? {}) as { rows?: unknown; columns?: unknown };
    const columnList = labelList(columns);
    if (columnList) {
      const missing = missingLabels(columnList, internals(self).$columns);
      if (missing.length > 0) throw new KeyError(`${pyRepr(missing)} not in index`);
    }
    const rowList = rowLabels(rows, internals(self).$index);
    if (rowList) checkLocLabels(rowList, internals(self).$index);
  });

  guard(frameProto, "iloc", (self, [options]) => {
    const { rows, columns } = (options ?? {}) as { rows?: unknown; columns?: unknown };
    checkPositions(rows, internals(self).$index.length);
    checkPositions(columns, internals(self).$columns.length);
  });

  guard(frameProto, "rename", (self, [mapper, options]) => {
    const { axis = 1, errors } = (options ?? {}) as { axis?: unknown; errors?: unknown };
    if (errors !== "raise" || typeof mapper !== "object" || mapper === null) return;
    const labels = axis === 0 || axis === "index" ? internals(self).$index : internals(self).$columns;
    const missing = Object.keys(mapper).filter((key) => !labels.some((label) => String(label) === key));
    if (missing.length > 0) throw notFoundInAxis(missing);
  });

  guard(frameProto, "sortValues", (self, [column]) => {
    if (typeof column === "string" && !internals(self).$columns.includes(column)) throw new KeyError(column);
  });

  guard(frameProto, "groupby", (self, [columns]) => {
    const missing = missingLabels(columns, internals(self).$columns);
    if (missing.length > 0) throw new KeyError(missing[0]);
  });

  guard(seriesProto, "loc", (self, [rows]) => {
    const rowList = rowLabels(rows, internals(self).$index);
    if (rowList) checkLocLabels(rowList, internals(self).$index);
  });

  guard(seriesProto, "iloc", (self, [rows]) => checkPositions(rows, internals(self).$index.length));

  if (groupbyProto) {
    guard(groupbyProto, "col", (self, [columns]) => {
      const available = (self as unknown as { columnName: string[] }).columnName;
      if (!Array.isArray(columns) || !Array.isArray(available)) return;
      const missing = missingLabels(columns, available);
      if (missing.length > 0) throw new KeyError(`Columns not found: ${missing.map(pyRepr).join(", ")}`);
    });
  }
}
