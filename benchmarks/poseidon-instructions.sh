#!/usr/bin/env bash
# Instructions per Poseidon(2) hash, counted by valgrind's callgrind: load-independent, unlike any
# timing on a shared machine. Runs PoseidonChain twice with the same warmup and different counts
# and divides the difference of the instruction totals by the difference of the counts.
#
#   benchmarks/poseidon-instructions.sh [counted]          default 5000 hashes (after 20000 warmup)
#   CP=/path/to/old-core.jar:benchmarks/target/benchmarks.jar benchmarks/poseidon-instructions.sh
#                                                          another core build first on the class path
#
# Each run takes minutes (valgrind runs the JVM about 50 times slower). Output goes to
# benchmarks/target/callgrind/.
set -euo pipefail

COUNT=${1:-5000}
WARMUP=${WARMUP:-20000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CP=${CP:-$ROOT/benchmarks/target/benchmarks.jar}
OUT=$ROOT/benchmarks/target/callgrind
mkdir -p "$OUT"

total() {
  valgrind --tool=callgrind --smc-check=all-non-file --callgrind-out-file="$OUT/cg.$1" \
    java -Xbatch -XX:+UseSerialGC -XX:CICompilerCount=2 -cp "$CP" \
    io.validium.benchmarks.PoseidonChain "$WARMUP" "$1" > "$OUT/log.$1" 2>&1
  sed -n 's/^summary: //p' "$OUT/cg.$1"
}

base=$(total 0)
more=$(total "$COUNT")
echo "instructions: $base (warmup $WARMUP), $more (+$COUNT hashes)"
echo "per Poseidon(2) hash: $(( (more - base) / COUNT ))"
