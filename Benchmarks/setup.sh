#!/usr/bin/env bash
# Installs the *peer tools* used only by the benchmarks (never runtime deps of Indicators):
#   - gnuplot (no X) and hyperfine from Debian
#   - a Python venv at Benchmarks/.venv with matplotlib, vl-convert-python, pandas, numpy
# Idempotent: does nothing slow when everything is already there.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$HERE/.venv"
PY_PKGS=(matplotlib vl-convert-python pandas numpy)

# --- Debian packages -------------------------------------------------------
if command -v gnuplot >/dev/null 2>&1 && command -v hyperfine >/dev/null 2>&1; then
    echo "setup: gnuplot and hyperfine already installed"
else
    APT_CMD="apt-get update && apt-get install -y gnuplot-nox hyperfine"
    if [ "$(id -u)" -eq 0 ]; then
        echo "setup: $APT_CMD"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update
        apt-get install -y --no-install-recommends gnuplot-nox hyperfine
    else
        echo "setup: not root; run this as root first:" >&2
        echo "    sudo sh -c '$APT_CMD'" >&2
        exit 1
    fi
fi

# --- Python venv -------------------------------------------------------------
PYTHON="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
    echo "setup: creating venv at $VENV"
    "$PYTHON" -m venv "$VENV"
fi
if "$VENV/bin/python" -c "import matplotlib, vl_convert, pandas, numpy" >/dev/null 2>&1; then
    echo "setup: Python peers already installed in $VENV"
else
    echo "setup: installing ${PY_PKGS[*]} into $VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PY_PKGS[@]}"
fi

# Warm matplotlib's font cache once so the first cold benchmark run does not pay for it.
MPLBACKEND=Agg "$VENV/bin/python" -c "import matplotlib.pyplot" >/dev/null 2>&1 || true

"$VENV/bin/python" - <<'PY'
import matplotlib, numpy, pandas, vl_convert, subprocess
gp = subprocess.run(["gnuplot", "--version"], capture_output=True, text=True).stdout.strip()
print(f"setup: matplotlib {matplotlib.__version__}, vl-convert {vl_convert.__version__}, "
      f"pandas {pandas.__version__}, numpy {numpy.__version__}, {gp}")
PY
