#!/usr/bin/env bash
# Run by `npm test` first (npm's pretest): makes sure real pandas is here and writes the fixtures
# the unit tests compare with afresh from it, so a change in pandas' wording fails a test instead
# of hiding behind an old file. Chromium is installed by the e2e harness itself when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=/usr/bin/python3
if ! "$PYTHON" -c "import pandas" >/dev/null 2>&1; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "[pretest] Real pandas is missing: installing Debian's python3-pandas with apt-get."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends python3-pandas >/dev/null
  else
    echo "[pretest] The tests compare with real pandas: install Debian's python3-pandas (apt-get install python3-pandas), then run npm test again." >&2
    exit 1
  fi
fi

echo "[pretest] pandas $("$PYTHON" -c 'import pandas; print(pandas.__version__)'): regenerating the fixtures."
"$PYTHON" scripts/pandas-fixtures.py
"$PYTHON" scripts/timedelta-fixtures.py
for fixtures in lib/pandas/pandas-fixtures.json lib/streamlit/cache/timedelta-fixtures.json; do
  if command -v git >/dev/null && ! git diff --quiet -- "$fixtures" 2>/dev/null; then
    echo "[pretest] This pandas words or reads some cases differently from the committed $fixtures (the unit tests say where):"
    git --no-pager diff --stat -- "$fixtures" || true
  fi
done
