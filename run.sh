#!/usr/bin/env bash
# Copyright (c) 2026 Owner-keyed firmware contributors
# Licensed under the MIT license. See LICENSE in the repository root.
#
# The demo: a private mosquitto on a free loopback port, both firmwares running as virtual devices, and the owner
# tool (okf) pairing them through the setup button, opening and closing the garage, hearing the doorbell, and a
# guest pass that stops working once revoked. Everything it starts is stopped on exit.
#
# Usage: ./run.sh [--no-build]
#   --no-build   use the outputs of an earlier build (the end-to-end test does this)
# Environment: OKF_DEMO_STATE=DIR  state folder (default ./.state/demo; wiped at start)
#              OKF_CONFIGURATION=Debug|Release  which build to use (default Debug)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tests/demo/lib.sh
source "$ROOT/tests/demo/lib.sh"

BUILD=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown argument '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

STATE="${OKF_DEMO_STATE:-$ROOT/.state/demo}"
CONFIGURATION="${OKF_CONFIGURATION:-Debug}"
rm -rf "$STATE"
mkdir -p "$STATE"
KEYS="$STATE/owner.json"
trap demo_cleanup EXIT
trap 'STOPPED_BY="Ctrl+C"; exit 130' INT
trap 'STOPPED_BY="a TERM signal"; exit 143' TERM

step "mosquitto: looking for the broker"
MOSQUITTO="$(find_mosquitto)"
if [ -z "$MOSQUITTO" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        step "mosquitto is missing: installing it with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get install -y mosquitto >"$STATE/apt.log" 2>&1 \
            || { apt-get update >>"$STATE/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y mosquitto >>"$STATE/apt.log" 2>&1; } \
            || fail "apt-get could not install mosquitto (see $STATE/apt.log)"
        MOSQUITTO="$(find_mosquitto)"
    else
        fail "mosquitto is not installed; install it with: sudo apt-get install -y mosquitto"
    fi
fi

if [ "$BUILD" = "1" ]; then
    step "build: owner tool and both virtual devices (dotnet build; the first build takes about a minute, later ones seconds)"
    BUILD_START=$SECONDS
    index=0
    for project in OwnerTool/OwnerTool.csproj \
                   tests/VirtualDevices/GarageOpener.Virtual/GarageOpener.Virtual.csproj \
                   tests/VirtualDevices/Doorbell.Virtual/Doorbell.Virtual.csproj; do
        index=$((index + 1))
        build_project "$project" "$index" 3
    done
    narrate "build finished in $((SECONDS - BUILD_START)) s (log: $STATE/build.log)"
fi
OKF_DLL="$ROOT/OwnerTool/bin/$CONFIGURATION/net10.0/okf.dll"
GARAGE_DLL="$ROOT/tests/VirtualDevices/GarageOpener.Virtual/bin/$CONFIGURATION/net10.0/GarageOpener.Virtual.dll"
DOORBELL_DLL="$ROOT/tests/VirtualDevices/Doorbell.Virtual/bin/$CONFIGURATION/net10.0/Doorbell.Virtual.dll"
for dll in "$OKF_DLL" "$GARAGE_DLL" "$DOORBELL_DLL"; do
    [ -f "$dll" ] || fail "$dll is missing (run without --no-build)"
done

start_broker "$MOSQUITTO"
step "mosquitto: listening on 127.0.0.1:$PORT, WebSockets on 127.0.0.1:$WS_PORT (log: $STATE/mosquitto.log)"
start_phone_app
[ -z "$APP_URL" ] || step "phone app: open $APP_URL in Chromium"

# Garage pins (DevKitC map): relay 26, light 25, buzzer 27, closed reed 32, open reed 33, setup button 18.
# Doorbell pins: button 32, chime 26, camera 27, setup button 18. The status LEDs (GPIO19) stay off the consoles.
start_device garage "$GARAGE_DLL"
start_device doorbell "$DOORBELL_DLL"
wait_log garage "door closed" 30 || fail "the garage did not read its closed-limit switch"
step "garage: the door rests closed (the virtual closed-limit reed switch on GPIO32 is made at power-up)"
wait_log garage "mqtt: connected" 30 || fail "the garage did not connect to the broker"
wait_log doorbell "mqtt: connected" 30 || fail "the doorbell did not connect to the broker"
step "devices: both online; their consoles are in $STATE/garage.log and $STATE/doorbell.log"

step "okf keygen: the owner's X25519 key pair"
okf keygen

# A setup-button hold that starts within 2 s of power-up is the factory-reset gesture, not a pairing hold.
sleep 2.5
pair_device garage 3.5
pair_device doorbell 3.5
okf devices

step "okf garage open: the relay presses the wall button once; the door then starts moving"
RELAY_BEFORE="$(count_log garage "GPIO26 relay -> High")"
okf garage open garage
wait_count garage "GPIO26 relay -> High" $((RELAY_BEFORE + 1)) 10 || fail "the relay did not pulse"
wait_count garage "GPIO26 relay -> Low" $((RELAY_BEFORE + 2)) 10 || fail "the relay stayed on"
show_pins garage "relay" 2
step "garage: the door travels up (closed reed opens, open reed closes: release 32, press 33)"
device_cmd garage "release 32"
device_cmd garage "press 33"
wait_status garage open

step "okf garage close: light and buzzer warn for 5 s, then the relay pulses"
MARK="$(count_lines garage)"
RELAY_BEFORE="$(count_log garage "GPIO26 relay -> High")"
okf garage close garage
wait_count garage "GPIO26 relay -> High" $((RELAY_BEFORE + 1)) 20 || fail "the relay did not pulse after the warning"
summarize_warning garage "$MARK"
device_cmd garage "release 33"
device_cmd garage "press 32"
wait_status garage closed

step "okf doorbell status: any owner command also gives the doorbell trusted time for its events"
okf doorbell status doorbell

step "doorbell: okf watch listens while a visitor presses the button (press 32)"
okf_background "$STATE/watch.out" watch doorbell --count 1 --for 30
WATCH_PID=$LAST_PID
wait_file "$STATE/watch.out" "status: online" 20 || fail "okf watch did not subscribe"
CHIME_BEFORE="$(count_log doorbell "GPIO26 chime -> High")"
device_cmd doorbell "press 32"
sleep 0.3
device_cmd doorbell "release 32"
wait_count doorbell "GPIO26 chime -> High" $((CHIME_BEFORE + 1)) 10 || fail "the chime did not sound"
wait "$WATCH_PID" || fail "okf watch saw no ring event ($(cat "$STATE/watch.out"))"
forget_pid "$WATCH_PID"
show_pins doorbell "chime|camera" 4
narrate "okf watch printed: $(grep -v '^status:' "$STATE/watch.out" | head -n 1)"

step "okf pass issue: a guest pass for status and open (offline, signed by the admin's key)"
okf pass issue garage --actions status,open --uses 5 --expires 1h --out "$STATE/guest.json"
PASS_ID="$(grep -o 'pass [0-9a-f]\{8\}' "$STATE/okf.out" | head -n 1 | cut -d' ' -f2)"
[ -n "$PASS_ID" ] || fail "no pass id in the okf output"
step "guest: okf pass use ... status (accepted)"
okf pass use "$STATE/guest.json" status
step "okf pass revoke $PASS_ID: the admin withdraws the pass"
okf pass revoke "$PASS_ID" --device garage
step "guest: okf pass use ... open (must be refused; the relay must stay still)"
RELAY_BEFORE="$(count_log garage "GPIO26 relay -> High")"
okf_expect 2 pass use "$STATE/guest.json" open
sleep 1
[ "$(count_log garage "GPIO26 relay -> High")" = "$RELAY_BEFORE" ] || fail "the revoked pass moved the door"
narrate "refused as expected, relay untouched"

if [ -n "$APP_URL" ] && [ -t 0 ]; then
    step "your turn: open $APP_URL in Chromium"
    narrate "okf owns both devices, so their printed codes no longer pair: the browser joins with an invite."
    narrate "Type 'invite garage' (or 'invite doorbell'): okf, their admin, arms a one-time invite and prints its URI."
    narrate "Within 2 minutes, 'press 18', wait 4 s, 'release 18' (doorbell: 'doorbell: press 18' ...) opens the pairing"
    narrate "window; paste the URI into the app's Pair screen while it is open (2 minutes). Other lines go to the garage console"
    narrate "('doorbell: press 32' rings the doorbell). An empty line ends the demo."
    while IFS= read -r line && [ -n "$line" ]; do
        case "$line" in
            invite|invite\ *)
                target="${line#invite}"
                target="${target# }"
                dotnet "$OKF_DLL" invite "${target:-garage}" --no-qr --broker "127.0.0.1:$PORT" --keys "$KEYS" 2>&1 \
                    | sed 's/^/      /' || true ;;
            doorbell:*) device_cmd doorbell "${line#doorbell:}" ;;
            *) device_cmd garage "$line" ;;
        esac
    done
fi

step "demo complete: stopping the devices and the broker"
