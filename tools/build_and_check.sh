#!/usr/bin/env bash
# Builds the one-folder application with build.spec, then runs the built program OUTSIDE the project's virtual
# environment, as on a machine without Python: a copy of the folder elsewhere, an empty environment (env -i, a
# minimal PATH, HOME and TAAWUN_HOME in a temporary folder), the offscreen Qt platform. Exit 0 when all checks pass.
#
#   tools/build_and_check.sh              # build, then check
#   tools/build_and_check.sh --no-build   # check the existing dist/Taawun
#
# Needs: the venv with the build extra (.venv/bin/pip install -c constraints.txt -e '.[build]') and pdftotext (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV_PYTHON=${VENV_PYTHON:-$ROOT/.venv/bin/python}

fail() { echo "build_and_check: FAILED: $*" >&2; exit 1; }
command -v pdftotext >/dev/null || fail "pdftotext is missing (apt-get install poppler-utils)"

if [ "${1:-}" != "--no-build" ]; then
  # A build is made from the tested set only (constraints.txt).
  "$VENV_PYTHON" tools/check_dependencies.py >/dev/null || fail "the installed packages are not the tested set (constraints.txt)"
  "$VENV_PYTHON" -c "import PyInstaller" 2>/dev/null || fail "PyInstaller is missing: .venv/bin/pip install -c constraints.txt -e '.[build]'"
  started=$(date +%s)
  "$VENV_PYTHON" -m PyInstaller --noconfirm --log-level WARN build.spec
  echo "build_and_check: built dist/Taawun in $(( $(date +%s) - started )) s ($(du -sh dist/Taawun | cut -f1))"
fi
[ -x dist/Taawun/taawun ] || fail "dist/Taawun/taawun not found: build first"

# A copy elsewhere: the program must find everything inside its own folder, nothing in the checkout.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/taawun-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
cp -a dist/Taawun "$scratch/Taawun"
mkdir -p "$scratch/home" "$scratch/data"
cd "$scratch"

# No virtual environment, no PYTHONPATH, no Python on PATH: only what the built folder carries (and the system's
# C libraries Qt needs, as on an agent's machine).
run() {
  env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$scratch/home" TAAWUN_HOME="$scratch/data" QT_QPA_PLATFORM=offscreen \
    "$scratch/Taawun/taawun" "$@"
}

echo "build_and_check: $(run --version)"

# 1. The headless flow: open (create) a database, load the demo, write the Arabic workshop report, check it.
run --db "$scratch/check.db" selftest --out "$scratch/report.pdf" || fail "selftest exited with $?"
[ "$(head -c 5 report.pdf)" = "%PDF-" ] || fail "report.pdf is not a PDF"
pdftotext report.pdf report.txt || fail "pdftotext cannot read report.pdf"
grep -q "مريرت" report.txt || fail "the Arabic report does not contain «مريرت» (Mrirt)"

# 2. The ordinary commands on the same database: the demo is there, a French report, the integrity check.
# (Outputs go to files or variables, not to `grep -q`/`head` in a pipe: with pipefail, their early exit would
# fail the pipe.)
listed=$(run --db "$scratch/check.db" list workshop) || fail "list exited with $?"
workshop=${listed%% *}
[ -n "$workshop" ] || fail "no workshop listed"
run --db "$scratch/check.db" --lang fr report workshop "$workshop" --out "$scratch/atelier.pdf" \
  || fail "report --lang fr exited with $?"
pdftotext atelier.pdf atelier.txt && grep -q "Rapport de rencontre" atelier.txt || fail "the French report does not say «Rapport de rencontre»"
run --db "$scratch/check.db" --lang en check || fail "check exited with $?"

# 3. The window: Qt's platform plugin, Qt's Arabic translations, our translations and fonts, from the bundle.
smoke=$(run --db "$scratch/check.db" gui --smoke) || fail "gui --smoke exited with $?"
echo "$smoke"
case "$smoke" in *qtbase_ar*) ;; *) fail "gui --smoke did not load qtbase_ar" ;; esac

# 4. Nothing was written outside the scratch folder's data folder (logs) and the files asked for.
[ -f "$scratch/data/logs/taawun.log" ] || fail "no log file in TAAWUN_HOME"

echo "build_and_check: OK (the built program ran outside the virtual environment)"
