#!/usr/bin/env bash
# The smallest heap in which a large IIIF manifest is read, as one JSON tree and as the harvester's stream
# (PresentationParser.parse(byte[]): a canvas at a time). The manifest has N image canvases (default 90,000: about
# 50 MB, the harvester's document limit); each read runs in a JVM of its own, with -Xmx stepped up until it succeeds.
set -euo pipefail
canvases="${1:-90000}"
bench_needs_vit=no
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

cp="bench/target/clipsearch-bench.jar:bench/target/lib/*"
manifest="target/large-manifest.json"
"$JAVA_HOME/bin/java" -cp "$cp" org.clipsearch.bench.ManifestParseProbe write "$manifest" "$canvases"
echo "manifest: $canvases canvases, $(($(stat -c %s "$manifest") / 1048576)) MB"
for mode in tree stream; do
  found=""
  for mb in 64 96 128 160 192 256 320 384 448 512 640 768 1024 1536 2048; do
    if "$JAVA_HOME/bin/java" "-Xmx${mb}m" -cp "$cp" org.clipsearch.bench.ManifestParseProbe "$mode" "$manifest" \
        >/dev/null 2>&1; then
      found="$mb"
      break
    fi
  done
  echo "$mode: smallest -Xmx that reads it: ${found:-more than 2048}m"
done
