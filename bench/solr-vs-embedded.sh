#!/usr/bin/env bash
# The embedded Lucene index against SolrCloud (2 shards, the dev cluster in a child JVM on this machine) on the same
# 100,000 synthetic vectors of the random-weight ViT-B/32 (bench/make_vit_b32.py): indexing throughput, like-query
# p50/p99 through the HTTP API with and without a 1 % filter, recall@10 against brute force.
# Extra arguments go to the bench command (e.g. --count 20000, --queries 100); see --help.
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bench_java -Xmx3g org.clipsearch.bench.SolrComparisonBench --model "$vit" "$@"
