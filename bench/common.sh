# Shared by the bench scripts: builds main + test classes and writes the classpath. Offline first; online when a
# plugin is missing (a fresh clone after only the README's commands has never fetched maven-dependency-plugin).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BUILD_LOG="$(mktemp)"
BUILD=(-B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test)
if ! mvn -o "${BUILD[@]}" >"$BUILD_LOG" 2>&1 && ! mvn "${BUILD[@]}" >"$BUILD_LOG" 2>&1; then
	cat "$BUILD_LOG"
	exit 1
fi
rm -f "$BUILD_LOG"
BENCH_CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
