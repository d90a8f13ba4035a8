#!/usr/bin/env bash
# Where a Solr search's time goes: forms of the same knn query through SolrJ alone on the dev cluster (2 shards),
# 100,000 synthetic vectors of the random-weight ViT-B/32 (bench/make_vit_b32.py). Extra arguments go to the command.
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bench_java -Xmx3g org.clipsearch.bench.SolrQueryProbe --model "$vit" "$@"
