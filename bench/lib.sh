# Shared by the bench scripts: build once, the test classpath, a one-line machine description.

build_once() {
	if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/opsreport.jar ] || [ ! -f bench/out/classpath.txt ]; then
		mvn -B -DskipTests package
		mkdir -p bench/out
		mvn -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/out/classpath.txt
	fi
}

bench_classpath() {
	echo "target/test-classes:target/classes:$(cat bench/out/classpath.txt)"
}

machine() {
	local model mem
	model="$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
	mem="$(free -g | awk '/^Mem:/ {print $2 " GB"}')"
	echo "$(nproc) cores, ${model}, ${mem} RAM, $(java -version 2>&1 | head -1)"
}
