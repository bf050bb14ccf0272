#!/usr/bin/env bash
# Everything Sourcelight needs on a fresh Debian/Ubuntu machine with Node 20:
# the browsers for the end-to-end tests (Debian's chromium and firefox-esr, where missing),
# zip/unzip for the store packages, and the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v zip >/dev/null 2>&1 || need+=(zip)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
if ((${#need[@]})); then
  echo "setup: installing ${need[*]} with apt-get"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# The oldest Firefox ESR that Debian still serves and the manifest accepts (140 at last look), unpacked
# beside the project (never installed): `npm test` runs the Firefox suites on it too, so the floor
# declared in the manifest is tested, not only the ESR that apt installs. Best effort: without it
# those runs are skipped with a message.
floor_dir=.tmp/firefox-floor
if [ ! -x "$floor_dir/usr/lib/firefox-esr/firefox-esr" ] && command -v apt-cache >/dev/null 2>&1; then
  installed=$(dpkg-query -W -f='${Version}' firefox-esr 2>/dev/null || true)
  floor=$(grep -oE "FIREFOX_FLOOR = '[0-9]+" scripts/manifest-for.ts | grep -oE '[0-9]+$')
  oldest=$(apt-cache madison firefox-esr 2>/dev/null | awk -F'|' '{gsub(/ /, "", $2); print $2}' | awk -F. -v f="${floor:-140}" '$1 >= f' | sort -V | head -1)
  if [ -n "$oldest" ] && [ "$oldest" != "$installed" ]; then
    echo "setup: unpacking firefox-esr $oldest into $floor_dir (the manifest's floor, for the tests)"
    mkdir -p .tmp/deb && rm -rf "$floor_dir"
    (cd .tmp/deb && apt-get download -qq "firefox-esr=$oldest" 2>/dev/null) \
      && dpkg -x .tmp/deb/firefox-esr_*.deb "$floor_dir" \
      || echo "setup: could not fetch firefox-esr $oldest; the floor runs will be skipped"
    rm -rf .tmp/deb
  fi
fi
