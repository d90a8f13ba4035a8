#!/usr/bin/env bash
# Indexer benchmark: end-to-end ingest against embed-only on the random-weight ViT-B/32 (made by
# bench/make_vit_b32.py) and on the demo model; ingest time, disk and recall per vector format; heap of an ingest of
# 10,000 demo pictures in a child JVM. Builds the bench module quietly, then runs
# org.clipsearch.bench.IndexThroughputBench with the JVM flags of the parent pom. Demo pictures are generated once
# into bench/cache/demo-world-42/ (10,000: 3 to 4 minutes and 0.6 GB).
# Extra arguments go to the bench command (e.g. --parts throughput, --format-count 500, --heap-count 2000); see --help.
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bench_java org.clipsearch.bench.IndexThroughputBench \
  --vit-model "$vit" --photos bench/cache/images --demo-model models/demo-clip \
  --demo-pictures bench/cache/demo-world-42 --scratch bench/target/index-runs "$@"
