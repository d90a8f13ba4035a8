# Sourced by the bench scripts: moves to the project root, finds JDK 25, checks that the random-weight
# ViT-B/32 (bench/make_vit_b32.py) is there (unless the script set bench_needs_vit=no), builds the bench module quietly, and defines bench_java, which runs a
# bench class with the JVM flags of the parent pom (the launcher and surefire read them there too).
# shellcheck shell=bash

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../.mvn/find-jdk.sh
. "$root/.mvn/find-jdk.sh"
cd "$root"

vit="bench/cache/vit-b32-random"
if [ "${bench_needs_vit:-yes}" = yes ] && { [ ! -f "$vit/visual.onnx" ] || [ ! -f "$vit/textual.onnx" ]; }; then
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

jvm_flags=$(sed -n 's:.*<clipsearch.jvm.flags>\(.*\)</clipsearch.jvm.flags>.*:\1:p' pom.xml)

# bench_java_run CLASS ARGS...: runs the bench class's JVM and returns its status.
bench_java_run() {
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $jvm_flags ${CLIPSEARCH_JAVA_OPTS:-} \
    -cp "bench/target/clipsearch-bench.jar:bench/target/lib/*" "$@"
}

# bench_java CLASS ARGS...: replaces the shell with the bench class's JVM.
bench_java() {
  # shellcheck disable=SC2086
  exec "$JAVA_HOME/bin/java" $jvm_flags ${CLIPSEARCH_JAVA_OPTS:-} \
    -cp "bench/target/clipsearch-bench.jar:bench/target/lib/*" "$@"
}
