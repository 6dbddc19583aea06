#!/usr/bin/env bash
# Copyright (c) 2026 Owner-keyed firmware contributors
# Licensed under the MIT license. See LICENSE in the repository root.
#
# Helpers of the demo (run.sh): narration, a private mosquitto, virtual devices fed through FIFOs, okf runs.
# Expects STATE, KEYS, OKF_DLL and PORT to be set by the caller where noted.

PIDS=()
declare -A DEVICE_FD=()
LAST_PID=""
STOPPED_BY=""

step() { printf '\n==> %s\n' "$*"; }
narrate() { printf '    %s\n' "$*"; }
fail() { printf '\nDEMO FAILED: %s\n' "$*" >&2; exit 1; }

# Quotes a word for display when a shell would split or expand it (a pairing URI holds '&' and '?'), so a narrated
# command can be pasted into a shell as it is.
shell_word() {
    case "$1" in
        *[!A-Za-z0-9_./:=,@%+-]*) printf "'%s'" "${1//\'/\'\\\'\'}" ;;
        *) printf '%s' "$1" ;;
    esac
}

shell_words() {
    local out="" w
    for w in "$@"; do out+="${out:+ }$(shell_word "$w")"; done
    printf '%s' "$out"
}

# build_project PROJECT INDEX TOTAL: one line per project with its time, so a first build is never silent.
build_project() {
    local project="$1" started=$SECONDS
    printf '    [%s/%s] %s ... ' "$2" "$3" "$(basename "$project" .csproj)"
    if dotnet build "$ROOT/$project" -c "$CONFIGURATION" -nologo -v quiet >>"$STATE/build.log" 2>&1; then
        printf 'built in %s s\n' "$((SECONDS - started))"
    else
        printf 'FAILED\n'
        tail -n 30 "$STATE/build.log" >&2
        fail "build of $project failed"
    fi
}

find_mosquitto() {
    if [ -x /usr/sbin/mosquitto ]; then echo /usr/sbin/mosquitto; return; fi
    command -v mosquitto 2>/dev/null || true
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts mosquitto on a free loopback port (MQTT) and the next one (MQTT over WebSockets, for the phone app);
# sets PORT and WS_PORT.
start_broker() {
    local exe="$1" attempt pid
    for attempt in 1 2 3 4 5; do
        PORT=$((20000 + RANDOM % 40000))
        WS_PORT=$((PORT + 1))
        port_in_use "$PORT" && continue
        port_in_use "$WS_PORT" && continue
        printf 'listener %s 127.0.0.1\nlistener %s 127.0.0.1\nprotocol websockets\nallow_anonymous true\npersistence false\nlog_dest file %s\nuser %s\n' \
            "$PORT" "$WS_PORT" "$STATE/mosquitto.log" "$(id -un)" >"$STATE/mosquitto.conf"
        "$exe" -c "$STATE/mosquitto.conf" >/dev/null 2>&1 &
        pid=$!
        PIDS+=("$pid")
        for _ in $(seq 1 100); do
            if port_in_use "$PORT"; then return 0; fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        kill "$pid" 2>/dev/null || true
        forget_pid "$pid"
    done
    fail "mosquitto would not start (see $STATE/mosquitto.log)"
}

# Starts a virtual device whose console reads from a FIFO this script keeps open.
start_device() {
    local name="$1" dll="$2" fd
    mkfifo "$STATE/$name.in"
    dotnet "$dll" --broker "127.0.0.1:$PORT" --name "$name" --state "$STATE/$name" --hide-pins 19 \
        <"$STATE/$name.in" >"$STATE/$name.log" 2>&1 &
    PIDS+=("$!")
    exec {fd}>"$STATE/$name.in"
    DEVICE_FD[$name]=$fd
    step "$name: virtual device started (pid $!, console $STATE/$name.log)"
}

# Types a line on a virtual device's console (press N, release N, set N high|low, pins).
device_cmd() { printf '%s\n' "$2" >&"${DEVICE_FD[$1]}"; }

count_lines() { wc -l <"$STATE/$1.log" | tr -d ' '; }
count_log() { grep -c -- "$2" "$STATE/$1.log" || true; }

# wait_log DEVICE TEXT SECONDS
wait_log() {
    local i
    for i in $(seq 1 $(($3 * 10))); do
        grep -q -- "$2" "$STATE/$1.log" && return 0
        sleep 0.1
    done
    return 1
}

# wait_count DEVICE TEXT COUNT SECONDS
wait_count() {
    local i
    for i in $(seq 1 $(($4 * 10))); do
        [ "$(count_log "$1" "$2")" -ge "$3" ] && return 0
        sleep 0.1
    done
    return 1
}

# wait_file FILE TEXT SECONDS
wait_file() {
    local i
    for i in $(seq 1 $(($3 * 10))); do
        grep -q -- "$2" "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

forget_pid() {
    local keep=() p
    for p in "${PIDS[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done
    PIDS=("${keep[@]}")
}

# Runs okf; its output is shown indented and kept in $STATE/okf.out; a non-zero exit fails the demo.
okf() {
    narrate "\$ okf $(shell_words "$@")"
    if dotnet "$OKF_DLL" "$@" --broker "127.0.0.1:$PORT" --keys "$KEYS" >"$STATE/okf.out" 2>&1; then
        sed 's/^/      /' "$STATE/okf.out"
    else
        local rc=$?
        sed 's/^/      /' "$STATE/okf.out"
        fail "okf $1 exited with $rc"
    fi
}

# okf_expect CODE ARGS...: runs okf and requires exit code CODE.
okf_expect() {
    local want="$1" rc=0
    shift
    narrate "\$ okf $(shell_words "$@")"
    dotnet "$OKF_DLL" "$@" --broker "127.0.0.1:$PORT" --keys "$KEYS" >"$STATE/okf.out" 2>&1 || rc=$?
    sed 's/^/      /' "$STATE/okf.out"
    [ "$rc" = "$want" ] || fail "okf $1 exited with $rc, expected $want"
    narrate "(exit code $rc)"
}

# okf_background OUTFILE ARGS...: runs okf in the background; sets LAST_PID.
okf_background() {
    local out="$1"
    shift
    narrate "\$ okf $(shell_words "$@") &"
    dotnet "$OKF_DLL" "$@" --broker "127.0.0.1:$PORT" --keys "$KEYS" >"$out" 2>&1 &
    LAST_PID=$!
    PIDS+=("$LAST_PID")
}

# Serves the phone app (PhoneApp/app) on a free loopback port when Node is there; sets APP_URL (empty otherwise).
start_phone_app() {
    APP_URL=""
    command -v node >/dev/null 2>&1 || { narrate "node is not installed: the phone app is not served"; return 0; }
    if [ ! -f "$ROOT/PhoneApp/app/vendor/mqtt.esm.js" ]; then
        (cd "$ROOT/PhoneApp" && npm ci --no-audit --no-fund) >"$STATE/npm.log" 2>&1 \
            || { narrate "npm ci failed (see $STATE/npm.log): the phone app is not served"; return 0; }
    fi
    node "$ROOT/PhoneApp/tools/serve.mjs" 0 >"$STATE/app.log" 2>&1 &
    PIDS+=("$!")
    wait_file "$STATE/app.log" "serving " 10 || { narrate "the phone app server did not start"; return 0; }
    APP_URL="$(sed -n 's/^serving //p' "$STATE/app.log" | head -n 1)?broker=ws://127.0.0.1:$WS_PORT"
}

# pair_device NAME HOLD_SECONDS: long-press the setup button (GPIO18), read the URI off the console, pair.
pair_device() {
    local name="$1" hold="$2" uri
    step "$name: hold the setup button for ${hold} s (press 18 ... release 18) to open the pairing window"
    device_cmd "$name" "press 18"
    sleep "$hold"
    device_cmd "$name" "release 18"
    wait_log "$name" "pairing window open" 10 || fail "$name: the pairing window did not open"
    narrate "$(grep -o 'runtime: pairing window open.*' "$STATE/$name.log" | head -n 1)"
    uri="$(grep -o "okf://pair?[^ ']*" "$STATE/$name.log" | head -n 1)"
    [ -n "$uri" ] || fail "$name: no pairing URI on the console"
    narrate "$(grep -o 'runtime: pair now with: .*' "$STATE/$name.log" | head -n 1)"
    step "okf pair: $name"
    okf pair "$uri" --name "$name"
}

# wait_status DEVICE STATE: asks the garage for its status until the door reports STATE.
wait_status() {
    local i
    for i in $(seq 1 20); do
        if dotnet "$OKF_DLL" garage status "$1" --broker "127.0.0.1:$PORT" --keys "$KEYS" >"$STATE/okf.out" 2>&1 \
            && grep -Eq "done \($2[,)]" "$STATE/okf.out"; then
            narrate "\$ okf garage status $1"
            sed 's/^/      /' "$STATE/okf.out"
            return 0
        fi
        sleep 0.5
    done
    sed 's/^/      /' "$STATE/okf.out"
    fail "the garage never reported $2"
}

# show_pins DEVICE REGEX N: the last N output changes of the matching pins.
show_pins() {
    grep -E "GPIO[0-9]+ ($2) -> " "$STATE/$1.log" | tail -n "$3" | sed 's/^/      /'
}

# summarize_warning DEVICE LINE: what the light, buzzer and relay did from LINE of the console on.
summarize_warning() {
    local tail_file="$STATE/$1.since" light buzzer
    tail -n +"$(($2 + 1))" "$STATE/$1.log" >"$tail_file"
    light="$(sed -n '/GPIO26 relay -> High/q;p' "$tail_file" | grep -c 'light -> High' || true)"
    buzzer="$(sed -n '/GPIO26 relay -> High/q;p' "$tail_file" | grep -c 'buzzer -> High' || true)"
    grep -m 1 'light -> High' "$tail_file" | sed 's/^/      /'
    grep -m 1 'relay -> High' "$tail_file" | sed 's/^/      /'
    narrate "before the relay moved: light flashed $light times, buzzer sounded $buzzer times"
    [ "$light" -ge 3 ] && [ "$buzzer" -ge 3 ] || fail "no warning before the relay"
}

# Stops everything this demo started; keeps the exit code.
demo_cleanup() {
    local rc=$? name p fd
    # Closing a device's console input ends it the way 'quit' does; whatever is left is then killed.
    for name in "${!DEVICE_FD[@]}"; do
        fd="${DEVICE_FD[$name]}"
        exec {fd}>&-
    done
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do
        for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    if [ "$rc" = "0" ]; then
        printf '\n==> all %s processes stopped; demo OK\n' "${#PIDS[@]}"
    elif [ -n "$STOPPED_BY" ]; then
        printf '\n==> demo stopped by %s; all %s processes it started are stopped\n' "$STOPPED_BY" "${#PIDS[@]}" >&2
    else
        printf '\n==> all %s processes stopped; demo FAILED (exit %s)\n' "${#PIDS[@]}" "$rc" >&2
    fi
    exit "$rc"
}
