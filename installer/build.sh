#!/usr/bin/env bash
# Builds the one-folder bundle dist/standby/ with PyInstaller and prints its size.
#   installer/build.sh                 uses (or makes) the project's .venv
#   PYTHON=/path/to/python installer/build.sh   builds with another environment
#   DIST=/tmp/out installer/build.sh   puts the bundle elsewhere (default: dist/)
# The environment gets Standby (editable) with the `bundle` and `postgres` extras unless
# STANDBY_SKIP_INSTALL=1 says it already has them (./dev bundle installs them itself).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dist=${DIST:-$root/dist}
work=${WORK:-$root/build/pyinstaller}

python=${PYTHON:-}
if [ -z "$python" ]; then
    [ -x .venv/bin/python ] || python3 -m venv .venv
    python=.venv/bin/python
fi
if [ "${STANDBY_SKIP_INSTALL:-0}" != 1 ]; then
    "$python" -m pip install --quiet -e ".[bundle,postgres]"
fi

SECONDS=0
"$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work" installer/standby.spec
echo "Built $dist/standby in ${SECONDS}s: $(du -sh "$dist/standby" | cut -f1)" \
    "($(find "$dist/standby" -type f | wc -l) files)"
"$dist/standby/standby" --version
