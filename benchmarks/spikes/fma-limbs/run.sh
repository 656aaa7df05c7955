#!/usr/bin/env bash
# ADR 0048's spike: a 5 x 52-bit Fr Montgomery product on doubles with Math.fma, against core's
# FrArith.mul. Needs core/target/classes (./mvnw -o -B -q -pl core compile).
#
#   benchmarks/spikes/fma-limbs/run.sh check          each kernel against Fr.mul, 200,000 inputs
#   benchmarks/spikes/fma-limbs/run.sh time [batches] thread CPU per product, every kernel three
#                                                     times, alternated (LANES=4: four independent
#                                                     chains, throughput rather than latency)
#   benchmarks/spikes/fma-limbs/run.sh count          callgrind instructions per product
#                                                     (KERNELS_COUNT="frmul ..." for a subset)
#   J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java ...   another JDK
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
J=${J:-java}
JAVAC=${JAVAC:-javac}
OUT=${OUT:-$ROOT/benchmarks/target/fma-spike}
CORE=$ROOT/core/target/classes
mkdir -p "$OUT/src" "$OUT/classes"
python3 "$HERE/fma_kernels.py" "$OUT/src"
"$JAVAC" --release 17 -d "$OUT/classes" -cp "$CORE" "$OUT"/src/*.java "$HERE"/FmaSpike.java "$HERE"/../SpikeHarness.java
CP=$OUT/classes:$CORE
KERNELS="frmul fr52fma fr52int fr52cvt fr52col"

total() {
  valgrind --tool=callgrind --smc-check=all-non-file --callgrind-out-file="$OUT/cg.$1.$2" \
    "$J" -Dchain="$2" -Xbatch -XX:+UseSerialGC -XX:CICompilerCount=2 -cp "$CP" \
    spike.FmaSpike "$1" > "$OUT/log.$1.$2" 2>&1
  sed -n 's/^summary: //p' "$OUT/cg.$1.$2"
}

case "${1:-check}" in
  check) "$J" -cp "$CP" spike.FmaSpike check ;;
  time)
    uptime
    for round in 1 2 3; do
      for k in $KERNELS; do "$J" -Dlanes="${LANES:-1}" -cp "$CP" spike.FmaSpike "$k" "${2:-20}"; done
    done
    uptime ;;
  count)
    for k in ${KERNELS_COUNT:-$KERNELS}; do
      base=$(total "$k" 200000)
      more=$(total "$k" 1200000)
      echo "$k: $(( (more - base) / 1000000 )) instructions per product"
    done ;;
  *) echo "usage: run.sh check|time [batches]|count" >&2; exit 2 ;;
esac
