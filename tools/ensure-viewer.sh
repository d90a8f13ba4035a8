#!/usr/bin/env bash
# Makes sure the IIIF viewers are there for the real-browser test that opens clipsearch's result manifests in them
# (server module, IiifViewerBrowserTest): Mirador's standalone bundle and Universal Viewer's distribution, from the
# npm registry, unpacked into ~/.cache/clipsearch/viewers/<package>-<version>/.
#
# - Already there: nothing to do.
# - npm there: `npm pack` fetches each release tarball (no install, no dependencies); a failed fetch is an error
#   (exit 1), so a machine that can fetch them never skips the test quietly.
# - No npm: says so and exits 0; the viewer tests are then skipped with a message saying so.
set -euo pipefail

viewers="${HOME}/.cache/clipsearch/viewers"
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT

# fetch PACKAGE VERSION CHECK PATH...: unpacks PATHs (under package/) of PACKAGE@VERSION unless CHECK is there.
fetch() {
  local package=$1 version=$2 check=$3
  shift 3
  local target="${viewers}/${package}-${version}"
  if [[ -s "${target}/${check}" ]]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "ensure-viewer: npm is not installed; the ${package} viewer test will be skipped" >&2
    return 0
  fi
  echo "ensure-viewer: fetching ${package}@${version} from the npm registry" >&2
  (cd "${work}" && npm pack --silent "${package}@${version}" >/dev/null)
  rm -rf "${work}/out" && mkdir -p "${work}/out"
  tar -xzf "${work}/${package}-${version}.tgz" -C "${work}/out" "${@/#/package/}"
  rm -rf "${target}.partial"
  mkdir -p "$(dirname "${target}")"
  mv "${work}/out/package" "${target}.partial"
  rm -rf "${target}"
  mv "${target}.partial" "${target}"
}

fetch mirador 3.4.3 dist/mirador.min.js dist/mirador.min.js dist/mirador.min.js.LICENSE.txt LICENSE
fetch universalviewer 4.4.0 dist/umd/UV.js dist/umd dist/uv.css dist/uv.html LICENSE.txt
