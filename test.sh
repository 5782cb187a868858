#!/usr/bin/env bash
# Runs every test of the solution: installs the pinned Azurite (npm ci), builds, runs all test projects,
# and ends with the totals on a line of their own: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

command -v node >/dev/null || { echo "Node.js is required for Azurite (the storage emulator the tests run against). Install Node 20 or later." >&2; exit 1; }
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
