#!/usr/bin/python3
"""Runs, in real pandas, every operation the pandas compatibility layer (lib/pandas) covers, and
writes what each one raises (or returns) to lib/pandas/pandas-fixtures.json.

lib/pandas/fixtures.test.ts runs the same operations, written in TypeScript, on danfojs frames and
compares the errors word for word. .ci/run regenerates the file before the tests, so a change in
pandas' wording shows up as a failing test.

Each case's "error" is the last line of the traceback Python prints: `KeyError: 'Lat'`, split into
type and message. Run with Debian's python3-pandas: /usr/bin/python3 scripts/pandas-fixtures.py
"""
import json
import os
import sys
import traceback

import pandas as pd


def frame():
    """The frame every case starts from: the Uber data's first columns, two rows."""
    return pd.DataFrame(
        {"Date/Time": ["9/1/2014 0:01:00", "9/1/2014 0:02:00"], "Lat": [40.2, 40.7], "Lon": [-74.0, -73.9]}
    )


# id -> the operation, as a Python expression on `df` (the frame above) and `s` (its Lat column).
# Keep the ids in step with the TypeScript twins in lib/pandas/fixtures.test.ts.
CASES = {
    "drop-columns-list": 'df.drop(columns=["Latt"])',
    "drop-columns-some-missing": 'df.drop(columns=["Lat", "Base", "Speed"])',
    "drop-column-string": 'df.drop(columns="Latt")',
    "drop-twice-inplace": 'df.drop(columns=["Lat"], inplace=True) or df.drop(columns=["Lat"], inplace=True)',
    "drop-index-number": "df.drop(index=[5])",
    "drop-index-labels": 'df.drop(index=[0, "x"])',
    "drop-errors-ignore": 'df.drop(columns=["Latt", "Lat"], errors="ignore").columns.tolist()',
    "getitem-missing": 'df["Latt"]',
    "getattr-missing": "df.Latt",
    "getitem-number-missing": "df[5]",
    "getitem-list-missing": 'df[["Lat", "X", "Y"]]',
    "getitem-list": 'df[["Lon", "Lat"]].columns.tolist()',
    "loc-columns-missing": 'df.loc[:, ["Lat", "X"]]',
    "loc-rows-missing": "df.loc[[0, 7]]",
    "loc-rows-all-missing": "df.loc[[7, 8]]",
    "loc-rows-all-missing-strings": 'df.loc[["x"]]',
    "iloc-rows-out-of-bounds": "df.iloc[[0, 5]]",
    "rename-missing-raise": 'df.rename(columns={"Latt": "Latitude"}, errors="raise")',
    "rename-missing-ignore": 'df.rename(columns={"Latt": "Latitude", "Lat": "Latitude"}).columns.tolist()',
    "sort-values-missing": 'df.sort_values("Latt")',
    "groupby-missing": 'df.groupby(["Latt"])',
    "groupby-column-missing": 'df.groupby(["Lat"])[["X"]]',
    "copy-then-getattr": "df.copy().head(1).Latt",
    "series-getattr-missing": "s.foo",
    "series-getitem-missing": 's["foo"]',
    "series-getitem-label": "s[1]",
    "series-loc-missing": "s.loc[[0, 7]]",
    "series-iloc-out-of-bounds": "s.iloc[[0, 5]]",
}


def run(expression):
    df = frame()
    s = df["Lat"]
    try:
        value = eval(expression, {"df": df, "s": s, "pd": pd})
    except Exception as error:  # noqa: BLE001 - every exception is a fixture
        last = traceback.format_exception_only(type(error), error)[-1].rstrip("\n")
        kind, _, message = last.partition(": ")
        return {"python": expression, "error": {"type": kind.rsplit(".", 1)[-1], "message": message}}
    return {"python": expression, "result": value if isinstance(value, (list, str, int, float, bool)) or value is None else repr(value)}


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib", "pandas", "pandas-fixtures.json")
    fixtures = {"pandas": pd.__version__, "cases": {case: run(expr) for case, expr in CASES.items()}}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(fixtures, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(CASES)} pandas {pd.__version__} fixtures to {os.path.relpath(out)}", file=sys.stderr)


if __name__ == "__main__":
    main()
