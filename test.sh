#!/usr/bin/env bash
# Runs every test of the solution: installs the Debian packages the tests need when missing and the pinned Azurite
# (npm ci), builds, runs all test projects,
# and ends with the totals on a line of their own: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

command -v node >/dev/null || { echo "Node.js is required for Azurite (the storage emulator the tests run against). Install Node 20 or later." >&2; exit 1; }

# Debian packages the tests use: chromium for the portal's browser tests (Playwright drives the system browser; its
# own browser download cannot work here), python3-openpyxl for a test that reads published workbooks back with
# another library. Installed only when missing.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Debian's own interpreter is the one its package serves (a python3 earlier on PATH, such as pyenv's, does not see it).
debian_python=/usr/bin/python3
[ -x "$debian_python" ] || debian_python=python3
"$debian_python" -c 'import openpyxl' >/dev/null 2>&1 || missing+=(python3-openpyxl)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing what the tests need: ${missing[*]}"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  if ! { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >&2; then
    echo "Could not install ${missing[*]} with apt-get: the portal's browser tests need chromium and the workbook read-back test needs python3-openpyxl. Install them (apt-get install ${missing[*]}) and run ./test.sh again." >&2
    exit 1
  fi
fi
npm ci --no-audit --no-fund --loglevel=error

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test UKSPF.sln --configuration Release --nologo 2>&1 | tee "$log" || status=$?

# Each test assembly prints e.g. "Passed!  - Failed: 0, Passed: 57, Skipped: 0, Total: 57, Duration: 2 s - X.dll".
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
assemblies=$(grep -cE '^(Passed|Failed)! ' "$log" || true)
projects=$(find tests -name '*.Tests.csproj' | wc -l)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$assemblies" -lt "$projects" ]; then
  echo "Only $assemblies of $projects test projects reported results." >&2
  [ "$failed" -gt 0 ] || failed=1
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
