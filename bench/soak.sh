#!/usr/bin/env bash
# Reliability soak: kills `clipsearch index` with SIGKILL at random moments over a demo collection, audits the
# index against an uninterrupted run, then loads `clipsearch serve` with concurrent clients while `index` feeds
# it and the server is killed and restarted; prints a Markdown report (also written to WORK/soak-report.md).
# Defaults are the long form: 3,000 pictures, 20 kills, 10 minutes of 16 clients. See --help.
#   bench/soak.sh --work /tmp/soak            # the long form, about 20 minutes
set -euo pipefail
bench_needs_vit=no
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_java org.clipsearch.bench.soak.SoakBench "$@"
