#!/usr/bin/env bash
# Search latency (p50/p99) and throughput of the server over loopback: on a synthetic collection of 100,000
# documents with the random-weight ViT-B/32 (made by bench/make_vit_b32.py), and on an index of 3,000 demo
# pictures with the demo model. Makes the indexes once, under bench/cache/.
# Extra arguments go to both bench runs (e.g. --queries 400, --seconds 20, --clients 1,4); see --help.
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

demo="bench/cache/demo-3000"
# One index per version of the demo model: an index refuses any other model.
model_key=$(cat models/demo-clip/model.json models/demo-clip/*.onnx | sha256sum | cut -c1-12)
index="$demo/index-$model_key"
if [ ! -d "$demo/world" ]; then
  echo "making $demo: 3,000 demo pictures (a few minutes, once)" >&2
  ./clipsearch demo-data --count 3000 --seed 42 --out "$demo/world.partial" >/dev/null
  mv "$demo/world.partial" "$demo/world"
fi
if [ ! -d "$index/lucene" ]; then
  ./clipsearch index --model models/demo-clip --images "$demo/world" --metadata "$demo/world/metadata.csv" \
    --collection demo --index "$index" --force-merge --no-progress
fi

(bench_java org.clipsearch.bench.QueryLatencyBench --model "$vit" --synthetic 100000 "$@")
bench_java org.clipsearch.bench.QueryLatencyBench --model models/demo-clip --index "$index" "$@"
