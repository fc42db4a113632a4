#!/usr/bin/env bash
# Browser tests drive Debian's own Chromium (never a downloaded browser build): install the
# `chromium` package when /usr/bin/chromium is missing. Needs root (apt-get), as on CI.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "» installing Debian's chromium for the browser tests…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
