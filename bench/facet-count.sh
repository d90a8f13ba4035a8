#!/usr/bin/env bash
# The facet step against the vector search that found its candidates, on a synthetic index made once under
# bench/cache/: facet counting by strings (as before) and by ordinals (now), interleaved on the same candidates.
#   bench/facet-count.sh [DOCUMENTS [CANDIDATES [QUERIES]]]     defaults: 100000 1000 400
set -euo pipefail
bench_needs_vit=no
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_java org.clipsearch.server.backend.lucene.FacetCountBench "${1:-100000}" "${2:-1000}" "${3:-400}" bench/cache
