#!/usr/bin/env bash
# Embedding throughput: the full path (read, decode, preprocess, infer) against ONNX Runtime alone, on the tiny
# test model and on the random-weight ViT-B/32 (made by bench/make_vit_b32.py). Builds the bench module quietly,
# then runs org.clipsearch.bench.EmbedThroughputBench with the JVM flags of the parent pom.
# Extra arguments go to the bench command (e.g. --runs 9, --decode-threads 1, --batch 32); see --help.
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bench_java org.clipsearch.bench.EmbedThroughputBench \
  --model core/src/test/resources/models/tiny-clip --model "$vit" --images bench/cache/images "$@"
