#!/usr/bin/env bash
# Makes sure the Mirador IIIF viewer is there for the real-browser test that opens clipsearch's result manifests in
# it (server module, WebInterfaceBrowserTest): Mirador's standalone bundle, from the npm registry, unpacked into
# ~/.cache/clipsearch/viewers/mirador-<version>/ (dist/mirador.min.js and its licence).
#
# - Already there: nothing to do.
# - npm there: `npm pack` fetches the release tarball (no install, no dependencies); a failed fetch is an error
#   (exit 1), so a machine that can fetch it never skips the test quietly.
# - No npm: says so and exits 0; the viewer test is then skipped with a message saying so.
set -euo pipefail

version=3.4.3
target="${HOME}/.cache/clipsearch/viewers/mirador-${version}"
if [[ -s "${target}/mirador.min.js" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "ensure-viewer: npm is not installed; the Mirador viewer test will be skipped" >&2
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
echo "ensure-viewer: fetching mirador@${version} from the npm registry" >&2
(cd "${work}" && npm pack --silent "mirador@${version}" >/dev/null)
tar -xzf "${work}/mirador-${version}.tgz" -C "${work}" package/dist/mirador.min.js \
  package/dist/mirador.min.js.LICENSE.txt package/LICENSE
mkdir -p "${target}.partial"
cp "${work}/package/dist/mirador.min.js" "${work}/package/dist/mirador.min.js.LICENSE.txt" \
  "${work}/package/LICENSE" "${target}.partial/"
rm -rf "${target}"
mv "${target}.partial" "${target}"
