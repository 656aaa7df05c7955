#!/usr/bin/env bash
# Times whole Groth16 proofs of the Java prover against `snarkjs groth16 prove` on the same .zkey
# and .wtns, interleaved (snarkjs, java, snarkjs, java ...), and prints the medians and their ratio.
#
#   benchmarks/prover-vs-snarkjs.sh [k]        k = log2 of the constraint domain, default 16
#   RUNS=5 WARMUPS=2 JAVA_OPTS=-Xmx8g ...      timed runs per prover, Java warmup proofs, JVM flags
#   PTAU=path/to/prepared.ptau ...             use this phase-2-prepared ptau (power >= k) instead
#   PTAU_TOOL=java (default) | snarkjs         how to make the ptau when PTAU is not given: java
#                                              writes an INSECURE one from a fixed seed in a minute or
#                                              two (InsecurePtau); snarkjs runs new, contribute and
#                                              prepare phase2 (hours at 2^17 on a loaded 2-core box)
#
# Each run also records CPU time (user + system over all threads: /usr/bin/time for snarkjs's
# process, the JVM's process CPU time for the Java proof), which is steadier than wall time when
# other work shares the machine.
#
# Everything goes to benchmarks/target/prover-vs-snarkjs/: the powers of tau (made once per size
# and tool, from fixed entropy or a fixed seed) and k<k>/ with the circuit, key, witness and
# proofs. The ptau is never secure (its entropy is in this script); neither prover can tell. Java is
# timed inside one warm JVM (key already loaded); snarkjs per process, as its CLI is used.
set -euo pipefail

K=${1:-16}
RUNS=${RUNS:-5}
WARMUPS=${WARMUPS:-2}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/benchmarks/target/benchmarks.jar
SNARKJS_HOME=$ROOT/zk/src/test/snarkjs
CLI=$SNARKJS_HOME/node_modules/snarkjs/cli.js
WORK=$ROOT/benchmarks/target/prover-vs-snarkjs
DIR=$WORK/k$K
POWER=$((K + 1))
PTAU_TOOL=${PTAU_TOOL:-java}
case $PTAU_TOOL in
  java) DEFAULT_PTAU=$WORK/pot${POWER}_insecure.ptau ;;
  snarkjs) DEFAULT_PTAU=$WORK/pot${POWER}_final.ptau ;;
  *) echo "PTAU_TOOL must be java or snarkjs, not '$PTAU_TOOL'" >&2; exit 2 ;;
esac
PTAU=$(realpath -m "${PTAU:-$DEFAULT_PTAU}")

snarkjs() { node "$CLI" "$@"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{v[NR] = $1} END {m = int((NR + 1) / 2); print (NR % 2) ? v[m] : (v[m] + v[m + 1]) / 2}'; }
load() { uptime | sed 's/.*load average: //'; }

echo "== prover vs snarkjs, k=$K, $RUNS runs each, $(nproc) cores, load at start: $(load)"
[ -f "$CLI" ] || bash "$SNARKJS_HOME/install.sh"
echo "snarkjs $(node -p "require('$SNARKJS_HOME/node_modules/snarkjs/package.json').version"), node $(node --version), $(java -version 2>&1 | head -1)"

if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/zk/src/main" "$ROOT/benchmarks/src/main" -newer "$JAR" -print -quit)" ]; then
  echo "-- building $JAR"
  (cd "$ROOT" && ./mvnw -o -B -q -pl zk,benchmarks -am package -DskipTests)
fi

mkdir -p "$DIR"
if [ ! -f "$PTAU" ] && [ "$PTAU_TOOL" = java ]; then
  echo "-- powers of tau 2^$POWER from InsecurePtau (once)"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -cp "$JAR" io.validium.benchmarks.prover.InsecurePtau "$POWER" "$PTAU.tmp" 2>"$WORK/ptau$POWER.log"
  mv "$PTAU.tmp" "$PTAU"
elif [ ! -f "$PTAU" ]; then
  echo "-- powers of tau 2^$POWER with snarkjs (once; slow)"
  (cd "$WORK" &&
    snarkjs powersoftau new bn128 "$POWER" "pot${POWER}_0.ptau" &&
    snarkjs powersoftau contribute "pot${POWER}_0.ptau" "pot${POWER}_1.ptau" --name=bench -e='validium prover benchmark' &&
    snarkjs powersoftau prepare phase2 "pot${POWER}_1.ptau" "pot${POWER}.tmp.ptau" &&
    mv "pot${POWER}.tmp.ptau" "$PTAU" && rm "pot${POWER}_0.ptau" "pot${POWER}_1.ptau") >"$WORK/ptau$POWER.log"
fi

if [ ! -f "$DIR/circuit.r1cs" ] || [ "$JAR" -nt "$DIR/circuit.r1cs" ]; then
  echo "-- circuit"
  java -cp "$JAR" io.validium.benchmarks.prover.BenchCircuit "$K" "$DIR"
  rm -f "$DIR/circuit.zkey"
fi
# A key made from another ptau (the other tool, or PTAU=) is made again.
if [ "$(cat "$DIR/ptau.used" 2>/dev/null)" != "$PTAU" ] || [ "$PTAU" -nt "$DIR/circuit.zkey" ]; then
  rm -f "$DIR/circuit.zkey"
fi
if [ ! -f "$DIR/circuit.zkey" ]; then
  echo "-- snarkjs groth16 setup"
  (cd "$DIR" && snarkjs groth16 setup circuit.r1cs "$PTAU" circuit.tmp.zkey >setup.log && mv circuit.tmp.zkey circuit.zkey)
  echo "$PTAU" >"$DIR/ptau.used"
fi
(cd "$DIR" && snarkjs zkey export verificationkey circuit.zkey vk.json >/dev/null)

echo "-- Java: loading the key and $WARMUPS warmup proofs"
# shellcheck disable=SC2086
coproc PROVER { exec java ${JAVA_OPTS:-} -cp "$JAR" io.validium.benchmarks.prover.ProverTiming \
  "$DIR/circuit.zkey" "$DIR/circuit.wtns" "$DIR" "$WARMUPS"; }
while read -r line <&"${PROVER[0]}"; do
  [ "$line" = ready ] && break
  echo "   java $line"
done

: >"$DIR/snarkjs.ms"
: >"$DIR/java.ms"
: >"$DIR/snarkjs.cpu.ms"
: >"$DIR/java.cpu.ms"
for i in $(seq "$RUNS"); do
  # CPU time (user + system over all threads) beside wall time: on a loaded machine it says more.
  t0=$(now_ms)
  /usr/bin/time -f '%U %S' -o "$DIR/snarkjs.time" \
    bash -c "cd '$DIR' && node '$CLI' groth16 prove circuit.zkey circuit.wtns proof.json public.json"
  js=$(($(now_ms) - t0))
  jscpu=$(awk '{printf "%.0f", ($1 + $2) * 1000}' "$DIR/snarkjs.time")
  echo prove >&"${PROVER[1]}"
  read -r _ java _ javacpu <&"${PROVER[0]}"
  echo "$js" >>"$DIR/snarkjs.ms"
  echo "$java" >>"$DIR/java.ms"
  echo "$jscpu" >>"$DIR/snarkjs.cpu.ms"
  echo "$javacpu" >>"$DIR/java.cpu.ms"
  echo "   run $i: snarkjs $js ms (CPU $jscpu ms), java $java ms (CPU $javacpu ms), load $(load)"
done
eval "exec ${PROVER[1]}>&-"
wait "$PROVER_PID" 2>/dev/null || true

echo "-- snarkjs groth16 verify"
(cd "$DIR" && snarkjs groth16 verify vk.json public.json proof.json | grep -q 'OK!') || { echo "snarkjs proof does not verify" >&2; exit 1; }
(cd "$DIR" && snarkjs groth16 verify vk.json java-public.json java-proof.json | grep -q 'OK!') || { echo "java proof does not verify" >&2; exit 1; }
echo "   both proofs verify"

JS=$(median <"$DIR/snarkjs.ms")
JV=$(median <"$DIR/java.ms")
JSC=$(median <"$DIR/snarkjs.cpu.ms")
JVC=$(median <"$DIR/java.cpu.ms")
ratio() { awk -v j="$1" -v s="$2" 'BEGIN {printf "%.2f", j / s}'; }
echo "== k=$K: median snarkjs $JS ms, java $JV ms, java/snarkjs $(ratio "$JV" "$JS"); CPU time: snarkjs $JSC ms, java $JVC ms, java/snarkjs $(ratio "$JVC" "$JSC"); load at end: $(load)"
