#!/usr/bin/env bash
# Indexer benchmark: end-to-end ingest against embed-only on the random-weight ViT-B/32 (made by
# bench/make_vit_b32.py) and on the demo model; ingest time, disk and recall per vector format; heap of an ingest of
# 10,000 demo pictures in a child JVM. Builds the bench module quietly, then runs
# org.clipsearch.bench.IndexThroughputBench with the JVM flags of the parent pom. Demo pictures are generated once
# into bench/cache/demo-world-42/ (10,000: 3 to 4 minutes and 0.6 GB).
# Extra arguments go to the bench command (e.g. --parts throughput, --format-count 500, --heap-count 2000); see --help.
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

# The JVM flags are defined once, in the parent pom (the launcher and surefire read them there too).
jvm_flags=$(sed -n 's:.*<clipsearch.jvm.flags>\(.*\)</clipsearch.jvm.flags>.*:\1:p' pom.xml)
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" $jvm_flags ${CLIPSEARCH_JAVA_OPTS:-} -cp "bench/target/clipsearch-bench.jar:bench/target/lib/*" \
  org.clipsearch.bench.IndexThroughputBench \
  --vit-model "$vit" --photos bench/cache/images --demo-model models/demo-clip \
  --demo-pictures bench/cache/demo-world-42 --scratch bench/target/index-runs "$@"
