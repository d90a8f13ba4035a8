#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are there for the real-browser test of the web interface
# (server module, PageBrowserTest): /usr/bin/chromium and /usr/bin/chromedriver.
#
# - Both there: nothing to do.
# - Missing, running as root where apt-get is: installs the packages chromium and chromium-driver; a failed install
#   is an error (exit 1), so a machine that can install them never skips the test quietly.
# - Missing, and this is not root or there is no apt-get: says so and exits 0; the browser test is then skipped with
#   a message saying which binary is absent.
set -euo pipefail

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: ${missing[*]} not installed, and installing needs root and apt-get;" \
    "the real-browser test will be skipped" >&2
  exit 0
fi

echo "ensure-browser: installing ${missing[*]} (Debian packages chromium, chromium-driver)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
for binary in /usr/bin/chromium /usr/bin/chromedriver; do
  if [[ ! -x $binary ]]; then
    echo "ensure-browser: installed the packages, but $binary is still missing" >&2
    exit 1
  fi
done
