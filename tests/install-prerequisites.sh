#!/usr/bin/env bash
# Installs what the tests need and the machine lacks. Today that is mosquitto, the real MQTT broker the
# end-to-end tests start on a free loopback port. Never starts the system service: tests run their own.
set -uo pipefail
if command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing mosquitto (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends mosquitto >/dev/null || {
    echo "could not install mosquitto; install it with: sudo apt-get install mosquitto" >&2
    exit 1
  }
  # The package enables a system broker on port 1883; our tests never use it, so keep the machine quiet.
  (systemctl disable --now mosquitto || service mosquitto stop) >/dev/null 2>&1 || true
  exit 0
fi
echo "mosquitto is missing; install it with: sudo apt-get install mosquitto" >&2
exit 1
