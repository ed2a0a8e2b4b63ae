#!/usr/bin/env bash
# Full scoring pass vs one SQL aggregate pass over the same signals, on an embedded PostgreSQL.
# Usage: bench/risk/run.sh [enterprises] [seed]   (run from the repository root)
set -euo pipefail
size=${1:-20000}
seed=${2:-1}
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.binhyen.risk.FullPassBenchmark "$size" "$seed" 2>/dev/null | grep '^{'
