# Shared by the bench scripts: builds main + test classes offline and writes the classpath.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BUILD_LOG="$(mktemp)"
if ! mvn -B -o -DskipTests test-compile dependency:build-classpath \
		-Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >"$BUILD_LOG" 2>&1; then
	cat "$BUILD_LOG"
	exit 1
fi
rm -f "$BUILD_LOG"
BENCH_CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
