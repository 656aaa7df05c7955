#!/usr/bin/env bash
# ADR 0045's spike (rejected): unsaturated 9 x 29-bit (and 10 x 26) Montgomery products against
# core's FrArith.mul. Needs core/target/classes (./mvnw -o -B -q -pl core compile).
#
#   benchmarks/spikes/unsaturated-limbs/run.sh check          kernels against Fr.mul / BigInteger
#   benchmarks/spikes/unsaturated-limbs/run.sh time [batches] thread CPU per product, each kernel
#                                                             twice, alternated, plus MulRate
#   benchmarks/spikes/unsaturated-limbs/run.sh count          callgrind instructions per product
#   J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java ...           another JDK
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
J=${J:-java}
OUT=$ROOT/benchmarks/target/unsaturated-spike
CORE=$ROOT/core/target/classes
mkdir -p "$OUT/src" "$OUT/classes"
python3 "$HERE/unsaturated_kernels.py" "$OUT/src"
javac -d "$OUT/classes" -cp "$CORE" "$OUT"/src/*.java "$HERE"/UnsaturatedSpike.java "$HERE"/../SpikeHarness.java "$HERE"/MulRate.java
CP=$OUT/classes:$CORE
KERNELS="frmul fr29fips fr29sep fr26fips fq29fips"

total() {
  valgrind --tool=callgrind --smc-check=all-non-file --callgrind-out-file="$OUT/cg.$1.$2" \
    "$J" -Dchain="$2" -Xbatch -XX:+UseSerialGC -XX:CICompilerCount=2 -cp "$CP" \
    spike.UnsaturatedSpike "$1" > "$OUT/log.$1.$2" 2>&1
  sed -n 's/^summary: //p' "$OUT/cg.$1.$2"
}

case "${1:-check}" in
  check) "$J" -cp "$CP" spike.UnsaturatedSpike check ;;
  time)
    uptime
    for round in 1 2; do
      for k in $KERNELS; do "$J" -cp "$CP" spike.UnsaturatedSpike "$k" "${2:-20}"; done
    done
    "$J" -cp "$CP" spike.MulRate
    uptime ;;
  count)
    for k in frmul fr29fips fr29sep fq29fips; do
      base=$(total "$k" 200000)
      more=$(total "$k" 1200000)
      echo "$k: $(( (more - base) / 1000000 )) instructions per product"
    done ;;
  *) echo "usage: run.sh check|time [batches]|count" >&2; exit 2 ;;
esac
