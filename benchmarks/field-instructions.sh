#!/usr/bin/env bash
# Instructions per field operation, counted by valgrind's callgrind (load-independent), in the way
# of poseidon-instructions.sh: FieldChain runs twice with the same warmup and different counts, and
# the difference of the instruction totals over the difference of the counts is one operation.
#
#   benchmarks/field-instructions.sh frmul [counted]        one FrArith.mul (default 1000000)
#   benchmarks/field-instructions.sh fqmulsquare [counted]  one FqArith.mul plus one FqArith.square
#   CP=/path/to/old.jar benchmarks/field-instructions.sh frmul   another build's jar instead
#
# Output goes to benchmarks/target/callgrind/.
set -euo pipefail

OP=${1:?usage: field-instructions.sh frmul|fqmulsquare [counted]}
COUNT=${2:-1000000}
WARMUP=${WARMUP:-200000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CP=${CP:-$ROOT/benchmarks/target/benchmarks.jar}
OUT=$ROOT/benchmarks/target/callgrind
mkdir -p "$OUT"

total() {
  valgrind --tool=callgrind --smc-check=all-non-file --callgrind-out-file="$OUT/cg.$OP.$1" \
    java -Xbatch -XX:+UseSerialGC -XX:CICompilerCount=2 -cp "$CP" \
    io.validium.benchmarks.FieldChain "$OP" "$WARMUP" "$1" > "$OUT/log.$OP.$1" 2>&1
  sed -n 's/^summary: //p' "$OUT/cg.$OP.$1"
}

base=$(total 0)
more=$(total "$COUNT")
echo "instructions: $base (warmup $WARMUP), $more (+$COUNT)"
echo "per $OP: $(( (more - base) / COUNT ))"
