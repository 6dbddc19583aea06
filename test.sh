#!/usr/bin/env bash
# Runs every test of the project, as CI does:
#   1. installs what is missing (mosquitto for the end-to-end tests) when it can,
#   2. builds every host project (host emulation, both firmwares as virtual devices, tests, owner tool),
#   3. runs the device-surface compile of every project in nanoFramework.sln,
#   4. runs every host test (xunit), the MQTT ones against a real mosquitto the tests start on loopback,
# and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
out="$root/artifacts/test"
rm -rf "$out" && mkdir -p "$out"

./tests/install-prerequisites.sh || exit 1

# The host solution is generated from the projects on disk, so adding a test project needs no bookkeeping.
sln="$root/artifacts/Host.slnx"
{
  echo '<Solution>'
  find tests OwnerTool -name '*.csproj' -not -path '*/bin/*' -not -path '*/obj/*' 2>/dev/null | sort \
    | while read -r p; do echo "  <Project Path=\"../$p\" />"; done
  echo '</Solution>'
} > "$sln"

echo "== build (host target)"
if ! dotnet build "$sln" -c Release -nologo -v quiet -clp:ErrorsOnly > "$out/build.log" 2>&1; then
  cat "$out/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== device-surface compile (device target)"
surface_failed=0
if ! dotnet run --no-build -c Release --project tests/DeviceSurface/DeviceSurface.Checker -- "$root/nanoFramework.sln"; then
  surface_failed=1
fi

echo "== host tests"
dotnet test "$sln" --no-build -c Release -nologo --blame-hang-timeout 10m \
  --logger "trx" --results-directory "$out/results" -- RunConfiguration.TreatNoTestsAsError=false \
  > "$out/test.log" 2>&1
test_rc=$?
grep -E '^\s*(Failed|Passed!|Failed!|Skipped)|error' "$out/test.log" | grep -v '^\s*Passed ' | head -200

passed=0; failed=0
for trx in "$out"/results/*.trx; do
  [ -f "$trx" ] || continue
  c=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$c" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f=$(echo "$c" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
failed=$((failed + surface_failed))
if [ $test_rc -ne 0 ] && [ $failed -eq 0 ]; then
  tail -50 "$out/test.log"
  failed=1
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
