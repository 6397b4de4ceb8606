"""Records how real pandas reads ttl strings, for lib/streamlit/cache/duration.test.ts.

Streamlit turns a ttl string into seconds with `pd.Timedelta(s).total_seconds()` and refuses it
(StreamlitBadTimeStringError) when pandas raises ValueError or gives NaT. Run with Debian's
pandas: /usr/bin/python3 scripts/timedelta-fixtures.py
"""
import json
import math
import pathlib
import warnings

import pandas as pd

CASES = [
    "1ms", "250ms", "1s", "10s", "1sec", "2 secs", "1 second", "3 seconds", "1m", "30m", "1min", "5 mins",
    "1 minute", "2 minutes", "1h", "2 hours", "1 hour", "1hr", "1H", "1d", "1 day", "2 days", "1D", "1w", "1W",
    "1h30m", "1h 30m", "1d2h34m", "1 day, 2 hours", "1.5 days", "1.5h", "0.5s", ".5s", "1h23s", "1d 2h",
    "+1h", "-1h", "10", "1.5", "02:00:00", "1:30:00", "00:00:10.5", "1 days 02:00:00", "P1DT2H", "PT30M",
    "-PT5S", "1T", "1L", "1us", "1µs", "1ns", "1 MIN", "1 Hours",
    "", "soon", "5 parsecs", "1M", "1y", "1Y", "h", "1h30", "nan", "NaT", "1:2:3:4", "--1h", "1h-2m", "P", "1 2",
]


def seconds(text):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = pd.Timedelta(text).total_seconds()
    except ValueError:
        return "refused"
    return "refused" if math.isnan(value) else value


fixtures = {"pandas": pd.__version__, "cases": [[text, seconds(text)] for text in CASES]}
out = pathlib.Path(__file__).resolve().parent.parent / "lib/streamlit/cache/timedelta-fixtures.json"
out.write_text(json.dumps(fixtures, ensure_ascii=False, indent=1) + "\n")
print(f"{len(CASES)} cases from pandas {pd.__version__} -> {out}")
