#!/usr/bin/env bash
# Lucene HNSW (float, int8, int4, binary) against faiss IndexHNSWFlat and hnswlib on the same vectors: builds each
# (2 threads, same M and efConstruction), sweeps the search beam with 1 and 2 threads, writes
# bench/results/peers-<count>.csv and .png and prints QPS at recall@10 0.90 / 0.95 / 0.99.
# Vectors, exact neighbours and indexes are made once under bench/cache/peers/ and reused by later runs. Each
# engine's (and Lucene format's) sweep is kept beside its index; the sweeps at this size, M and efConstruction
# replace their engines' rows in the results CSV and the rows of engines not swept now are kept, so a run of one
# engine adds to the figures of earlier runs of the others.
#
#   bench/peers.sh [--count N] [--queries Q] [--engines "lucene faiss hnswlib"] [--formats "float int8 int4 binary"]
#                  [--m M] [--ef-construction EF] [--beams 10,16,...] [--passes P] [--heap 6g]
set -euo pipefail
bench_needs_vit=no
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

count=1000000 queries=1000 engines="lucene faiss hnswlib" formats="float int8 int4 binary" m=16 efc=100
beams=10,16,24,32,48,64,96,128,192,256,384,512 passes=3 heap=6g
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2 ;;
    --queries) queries=$2 ;;
    --engines) engines=$2 ;;
    --formats) formats=$2 ;;
    --m) m=$2 ;;
    --ef-construction) efc=$2 ;;
    --beams) beams=$2 ;;
    --passes) passes=$2 ;;
    --heap) heap=$2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done

py=/usr/bin/python3
data="bench/cache/peers/n$count-q$queries-s42"
indexes="$data/m$m-efc$efc"
csv="bench/results/peers-$count.csv"
mkdir -p "$indexes" bench/results

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
  "load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ! -f "$data/meta.json" ]; then
  bench_java_run -Xmx1g org.clipsearch.bench.PeerBenchLucene data --dir "$data" --count "$count" --queries "$queries"
fi
[ -f "$data/exact.i32" ] || "$py" bench/peers.py exact --data "$data"

for engine in $engines; do
  if [ "$engine" = lucene ]; then
    for format in $formats; do
      index="$indexes/lucene-$format"
      if [ ! -f "$index.properties" ]; then
        rm -rf "$index"
        echo "# build lucene $format, load: $(cut -d' ' -f1-3 /proc/loadavg)"
        bench_java_run "-Xmx$heap" org.clipsearch.bench.PeerBenchLucene build --data "$data" --index "$index" \
          --format "$format" --m "$m" --ef-construction "$efc"
      fi
      echo "# search lucene $format, load: $(cut -d' ' -f1-3 /proc/loadavg)"
      rm -f "$index.csv"
      bench_java_run -Xmx2g org.clipsearch.bench.PeerBenchLucene search --data "$data" --index "$index" \
        --format "$format" --beams "$beams" --passes "$passes" --csv "$index.csv"
    done
  else
    index="$indexes/$engine.index"
    if [ ! -f "$index.json" ]; then
      echo "# build $engine, load: $(cut -d' ' -f1-3 /proc/loadavg)"
      "$py" bench/peers.py build --data "$data" --engine "$engine" --index "$index" --m "$m" --ef-construction "$efc"
    fi
    echo "# search $engine, load: $(cut -d' ' -f1-3 /proc/loadavg)"
    rm -f "$index.csv"
    "$py" bench/peers.py search --data "$data" --engine "$engine" --index "$index" --csv "$index.csv" \
      --beams "$beams" --passes "$passes"
  fi
done
echo "# done, load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$py" bench/peers.py merge --into "$csv" "$indexes"/*.csv
"$py" bench/peers.py report --csv "$csv" --plot "bench/results/peers-$count.png"
