#!/usr/bin/env bash
# Memory of `clipsearch serve` per indexed image: serves INDEX with MODEL, sends QUERIES text searches and as many
# `like` searches (so the searched structures are loaded), runs a full GC, then prints the heap in use after it,
# the allocated (RssAnon) and mapped-file (RssFile) resident memory, and each divided by the documents.
#   bench/serve-memory.sh INDEX MODEL [QUERIES] [HEAP]      defaults: 200 queries, -Xmx2g
set -euo pipefail
index=$1 model=$2 queries=${3:-200} heap=${4:-2g}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port=$((20000 + RANDOM % 20000))
CLIPSEARCH_JAVA_OPTS="-Xmx$heap" "$root/clipsearch" serve --index "$index" --model "$model" --port "$port" \
  --result-cache 0 --text-cache 0 >/tmp/serve-memory-$port.log 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do
  kill -0 $launcher 2>/dev/null || { tail /tmp/serve-memory-$port.log; exit 1; }
  sleep 0.5
done
pid=$(pgrep -f -- "--port $port" | head -1)
words=(harbour windmill church station beach canal street market bridge snow)
for i in $(seq 1 "$queries"); do
  q="${words[$((i % 10))]}+${words[$(((i / 10) % 10))]}+$i"
  id=$(curl -sf "http://127.0.0.1:$port/api/search?q=$q&size=1" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
  curl -sf -o /dev/null "http://127.0.0.1:$port/api/images/$(printf %s "$id" | sed 's|/|%2F|g')/similar?size=20"
done
java_home=$(dirname "$(dirname "$(readlink -f "/proc/$pid/exe")")")
"$java_home/bin/jcmd" "$pid" GC.run >/dev/null
sleep 1
heap=$("$java_home/bin/jcmd" "$pid" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1)
anon=$(sed -n 's/^RssAnon:[^0-9]*\([0-9]*\).*/\1/p' "/proc/$pid/status")
file=$(sed -n 's/^RssFile:[^0-9]*\([0-9]*\).*/\1/p' "/proc/$pid/status")
docs=$(curl -sf "http://127.0.0.1:$port/api/stats" | sed -n 's/.*"documents":\([0-9]*\).*/\1/p')
awk -v h="$heap" -v a="$anon" -v f="$file" -v d="$docs" 'BEGIN {
  printf "%d documents; after %s text and like queries and a full GC:\n", d, "'"$queries"'"
  printf "heap in use %.1f MB (%.0f B/document), RssAnon %.1f MB (%.0f B/document), RssFile %.1f MB (%.0f B/document)\n",
    h / 1024, h * 1024 / d, a / 1024, a * 1024 / d, f / 1024, f * 1024 / d }'
