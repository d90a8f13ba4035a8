# Sourced by ./mvnw and ./clipsearch: exports JAVA_HOME as a JDK whose feature
# version is at least CLIPSEARCH_MIN_JAVA (default 25). Looks at JAVA_HOME, the
# java on PATH, then the system's JVM directories. Prints what is missing and
# exits 1 when none is found.

clipsearch_java_feature() {
  # $1: a JDK home; prints its feature version (17, 21, 25...) or nothing.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}

clipsearch_find_jdk() {
  min="${CLIPSEARCH_MIN_JAVA:-25}"
  candidates="${JAVA_HOME-}"
  if command -v javac >/dev/null 2>&1; then
    javac_path=$(readlink -f "$(command -v javac)")
    candidates="$candidates ${javac_path%/bin/javac}"
  fi
  case $- in *f*) noglob=1; set +f ;; *) noglob=0 ;; esac
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$dir" ] && candidates="$candidates $dir"
  done
  [ "$noglob" = 1 ] && set -f
  best="" best_version=0
  for home in $candidates; do
    version=$(clipsearch_java_feature "$home")
    [ -n "$version" ] || continue
    if [ "$version" -ge "$min" ] && [ "$version" -gt "$best_version" ]; then
      best="$home" best_version="$version"
    fi
    # JAVA_HOME wins when it is new enough.
    [ "$home" = "${JAVA_HOME-}" ] && [ -n "$best" ] && break
  done
  if [ -z "$best" ]; then
    echo "clipsearch needs a JDK $min or newer and found none (looked at JAVA_HOME, the javac on PATH, /usr/lib/jvm)." >&2
    echo "Install one (for example Temurin $min) and set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

clipsearch_find_jdk || exit 1
