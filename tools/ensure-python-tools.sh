#!/usr/bin/env bash
# Makes sure Debian's Python packages that the head-import tests run are there (core module, HeadImportTest:
# tools/import_sklearn_head.py and tools/import_torch_head.py under /usr/bin/python3): python3-sklearn,
# python3-torch, python3-numpy.
#
# - All importable: nothing to do.
# - Missing, running as root where apt-get is: installs them; a failed install is an error (exit 1), so a machine
#   that can install them never skips the tests quietly.
# - Missing, and this is not root or there is no apt-get: says so and exits 0; the tests are then skipped with a
#   message naming the missing module.
set -euo pipefail

declare -A package=([sklearn]=python3-sklearn [torch]=python3-torch [numpy]=python3-numpy)
missing=()
for module in sklearn torch numpy; do
  if ! [[ -x /usr/bin/python3 ]] || ! /usr/bin/python3 -c "import $module" >/dev/null 2>&1; then
    missing+=("${package[$module]}")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-python-tools: ${missing[*]} not installed, and installing needs root and apt-get;" \
    "the head-import tests will be skipped" >&2
  exit 0
fi

echo "ensure-python-tools: installing ${missing[*]} (Debian packages)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends python3 "${missing[@]}" >/dev/null
for module in sklearn torch numpy; do
  if ! /usr/bin/python3 -c "import $module" >/dev/null 2>&1; then
    echo "ensure-python-tools: installed the packages, but /usr/bin/python3 still cannot import $module" >&2
    exit 1
  fi
done
