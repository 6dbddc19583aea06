#!/usr/bin/env bash
# Installs what the tests need and the machine lacks: mosquitto (the real MQTT broker the end-to-end and browser
# tests start on free loopback ports; its Debian build has the WebSockets listener), and for the phone app's
# tests Node.js with npm and Debian's chromium (Playwright cannot download browsers here). Never starts the
# system broker service: tests run their own.
set -uo pipefail
need=()
command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ] || need+=(mosquitto)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${need[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || {
    echo "could not install ${need[*]}; install them with: sudo apt-get install ${need[*]}" >&2
    exit 1
  }
  # The package enables a system broker on port 1883; our tests never use it, so keep the machine quiet.
  case " ${need[*]} " in
    *" mosquitto "*) (systemctl disable --now mosquitto || service mosquitto stop) >/dev/null 2>&1 || true ;;
  esac
  exit 0
fi
echo "missing: ${need[*]}; install them with: sudo apt-get install ${need[*]}" >&2
exit 1
