#!/usr/bin/env bash
# Runs every test of the project, as CI does:
#   1. installs what is missing (mosquitto for the end-to-end tests) when it can,
#   2. builds every host project (host emulation, both firmwares as virtual devices, tests, owner tool),
#   3. runs the device-surface compile of every project in nanoFramework.sln,
#   4. runs every host test (xunit), the MQTT ones against a real mosquitto the tests start on loopback,
#   5. runs the phone app's tests (PhoneApp: protocol vectors under Node, then the app in chromium against
#      mosquitto and both virtual devices),
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
  find tests OwnerTool Shared.Crypto/Net -name '*.csproj' -not -path '*/bin/*' -not -path '*/obj/*' 2>/dev/null | sort \
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
  --results-directory "$out/results" -- RunConfiguration.TreatNoTestsAsError=false \
  > "$out/test.log" 2>&1
test_rc=$?
grep -E '^\s*(Failed|Passed!|Failed!|Skipped)|error' "$out/test.log" | grep -v '^\s*Passed ' | head -200

# One summary line per test assembly: "Passed!  - Failed: 0, Passed: 106, Skipped: 0, Total: 106, ...".
passed=0; failed=0; skipped=0; assemblies=0
while read -r f p k; do
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + k)); assemblies=$((assemblies + 1))
done < <(sed -n 's/.*\(Passed\|Failed\)! *- Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\),.*/\2 \3 \4/p' "$out/test.log")
expected=$(find tests OwnerTool -name '*.Tests.csproj' -not -path '*/bin/*' -not -path '*/obj/*' 2>/dev/null | wc -l)
if [ "$assemblies" -lt "$expected" ]; then
  echo "only $assemblies of $expected test assemblies reported results (a test host crashed or hung?)"
  failed=$((failed + expected - assemblies))
fi
failed=$((failed + surface_failed))

echo "== phone app (PhoneApp: npm ci, vector tests under Node, browser tests in chromium)"
# node --test prints TAP totals ("# pass N", "# fail N"); a stage that prints none counts as one failure.
phone_count() { sed -n "s/^# $2 \([0-9]*\)$/\1/p" "$1" | tail -n 1; }
if (cd PhoneApp && npm ci --no-audit --no-fund) > "$out/phone-npm.log" 2>&1; then
  for stage in test test:browser; do
    log="$out/phone-${stage/:/-}.log"
    (cd PhoneApp && OKF_CONFIGURATION=Release npm run --silent "$stage") > "$log" 2>&1
    p=$(phone_count "$log" pass); f=$(phone_count "$log" fail)
    if [ -z "$p" ]; then tail -30 "$log"; p=0; f=1; fi
    grep -E '^not ok|phone app:' "$log"
    echo "PhoneApp $stage: $p passed, $f failed"
    passed=$((passed + p)); failed=$((failed + f))
  done
else
  tail -20 "$out/phone-npm.log"
  failed=$((failed + 1))
fi
if [ $test_rc -ne 0 ] && [ $failed -eq 0 ]; then
  tail -50 "$out/test.log"
  failed=1
fi
if [ $skipped -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ $failed -eq 0 ]
