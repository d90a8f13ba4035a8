#!/usr/bin/env bash
# Search latency (p50/p99) and throughput of the server over loopback: on a synthetic collection of 100,000
# documents with the random-weight ViT-B/32 (made by bench/make_vit_b32.py), and on an index of 3,000 demo
# pictures with the demo model. Builds the bench module quietly and makes the indexes once, under bench/cache/.
# Extra arguments go to both bench runs (e.g. --queries 400, --seconds 20, --clients 1,4); see --help.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../.mvn/find-jdk.sh
. "$root/.mvn/find-jdk.sh"
cd "$root"

vit="bench/cache/vit-b32-random"
if [ ! -f "$vit/visual.onnx" ] || [ ! -f "$vit/textual.onnx" ]; then
  echo "no $vit: make it first with /usr/bin/python3 bench/make_vit_b32.py (about a minute)" >&2
  exit 1
fi

mkdir -p target
log="target/bench-build.log"
if ! ./mvnw -q -B -DskipTests -pl bench -am package >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "build failed; the whole log is in $log" >&2
  exit 1
fi

demo="bench/cache/demo-3000"
if [ ! -d "$demo/index/lucene" ]; then
  echo "making $demo: 3,000 demo pictures and their index (a few minutes, once)" >&2
  ./clipsearch demo-data --count 3000 --seed 42 --out "$demo/world.partial" >/dev/null
  rm -rf "$demo/world" && mv "$demo/world.partial" "$demo/world"
  ./clipsearch index --model models/demo-clip --images "$demo/world" --metadata "$demo/world/metadata.csv" \
    --collection demo --index "$demo/index" --force-merge --no-progress
fi

jvm_flags=$(sed -n 's:.*<clipsearch.jvm.flags>\(.*\)</clipsearch.jvm.flags>.*:\1:p' pom.xml)
run() {
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $jvm_flags ${CLIPSEARCH_JAVA_OPTS:-} -cp "bench/target/clipsearch-bench.jar:bench/target/lib/*" \
    org.clipsearch.bench.QueryLatencyBench "$@"
}
run --model "$vit" --synthetic 100000 "$@"
run --model models/demo-clip --index "$demo/index" "$@"
