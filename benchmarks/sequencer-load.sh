#!/usr/bin/env bash
# One SequencerLoad run against a fresh kafka-local broker and a fresh packaged sequencer, all on
# 127.0.0.1 (BENCHMARKING.md "Sequencer load"). Prints SequencerLoad's figures, the CPU seconds
# of the sequencer and of the broker over the load phase (user+system from /proc), and the load.
# With --warmup N (transfers per sender, not counted) the figures, CPU per transfer included, are
# those of the measured phase after it, on JIT-compiled code.
#   benchmarks/sequencer-load.sh rest|bulk|kafka [SequencerLoad options...]
# Environment: APP (quarkus-app directory, default sequencer-service/target/quarkus-app),
# JFR=file.jfr to record the sequencer with the profile settings, SEQ_OPTS (more JVM options for the
# sequencer), SEQ_GC (its GC options, default
# -XX:MaxGCPauseMillis=20 as deploy/k8s runs it), KAFKA_OPTS and
# LOAD_OPTS (JVM options for the broker and for the generator),
# WORK (scratch directory, default benchmarks/target/sequencer-load), BENCH (the benchmarks jar),
# KCP (the broker's class path, default kafka-local/target/classes and its dependencies),
# RESTART=1 (after the load, kill -9 the sequencer and time a new one's recovery from the log).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:?rest, bulk or kafka}; shift
APP=${APP:-sequencer-service/target/quarkus-app}
WORK=${WORK:-benchmarks/target/sequencer-load}
BENCH=${BENCH:-benchmarks/target/benchmarks.jar}
KCP=${KCP:-"kafka-local/target/classes:$(cat kafka-local/target/classpath.txt)"}
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }
rm -rf "$WORK"; mkdir -p "$WORK"
KPORT=$(free_port); HPORT=$(free_port)
java ${KAFKA_OPTS:-} -cp "$KCP" io.validium.kafka.local.KafkaLocalMain --data-dir "$WORK/kafka" --port "$KPORT" \
  --topic validium.tx.ingress:4 --topic validium.l1.events:1 --topic validium.sequencer.log:1 \
  --topic validium.batches:1 --parent-pid $$ > "$WORK/kafka.out" 2>&1 &
KPID=$!
trap 'kill $SPID $KPID 2>/dev/null || true' EXIT
until grep -q "KAFKA-LOCAL READY" "$WORK/kafka.out"; do sleep 1; done
JFROPT=()
if [[ -n "${JFR:-}" ]]; then JFROPT=("-XX:StartFlightRecording=settings=profile,filename=$JFR"); fi
# shellcheck disable=SC2086
java "${JFROPT[@]}" ${SEQ_GC:--XX:MaxGCPauseMillis=20} -Dkafka.bootstrap.servers="127.0.0.1:$KPORT" -Dquarkus.http.port="$HPORT" -Dquarkus.http.host=127.0.0.1 \
  -Dvalidium.sequencer.backpressure.max-unfinalized-batches=100000 ${SEQ_OPTS:-} \
  -jar "$APP/quarkus-run.jar" > "$WORK/sequencer.out" 2>&1 &
SPID=$!
until curl -sf "http://127.0.0.1:$HPORT/v1/roots" > /dev/null; do sleep 1; done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
S0=$(cpu $SPID); K0=$(cpu $KPID); T0=$(date +%s.%N)
java ${LOAD_OPTS:-} -cp "$BENCH" io.validium.benchmarks.sequencer.SequencerLoad --mode "$MODE" \
  --url "http://127.0.0.1:$HPORT" --kafka "127.0.0.1:$KPORT" --cpu "sequencer=$SPID" \
  --cpu "broker=$KPID" "$@" | tee "$WORK/load.out"
S1=$(cpu $SPID); K1=$(cpu $KPID); T1=$(date +%s.%N)
HZ=$(getconf CLK_TCK)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v s="$((S1-S0))" -v k="$((K1-K0))" -v hz="$HZ" -v t0="$T0" -v t1="$T1" 'BEGIN {
  printf "sequencer CPU %.1f s, broker CPU %.1f s, wall %.1f s (includes opening the senders)\n",
    s/hz, k/hz, t1-t0 }'
if [[ -n "${RESTART:-}" ]]; then
  # Crash the sequencer and time a fresh one's replay of the log until it answers again.
  kill -KILL $SPID; wait $SPID 2>/dev/null || true
  R0=$(date +%s.%N)
  # shellcheck disable=SC2086
  java ${SEQ_GC:--XX:MaxGCPauseMillis=20} -Dkafka.bootstrap.servers="127.0.0.1:$KPORT" -Dquarkus.http.port="$HPORT" -Dquarkus.http.host=127.0.0.1 \
    -Dvalidium.sequencer.backpressure.max-unfinalized-batches=100000 ${SEQ_OPTS:-} \
    -jar "$APP/quarkus-run.jar" > "$WORK/sequencer-restart.out" 2>&1 &
  SPID=$!
  # The startup probe's endpoint first (it must not pass before the replay is done), then the API.
  until curl -sf -m 1 "http://127.0.0.1:$HPORT/q/health/started" > /dev/null; do sleep 0.2; done
  RS=$(date +%s.%N)
  until curl -sf "http://127.0.0.1:$HPORT/v1/roots" > /dev/null; do sleep 0.2; done
  R1=$(date +%s.%N)
  grep -o 'recovered .*' "$WORK/sequencer-restart.out" | head -1
  curl -sf "http://127.0.0.1:$HPORT/q/metrics" | grep '^validium_sequencer_recovery' || true
  awk -v r0="$R0" -v rs="$RS" -v r1="$R1" 'BEGIN {
    printf "restart: %.1f s from process start to /q/health/started, %.1f s to answering /v1/roots\n", rs-r0, r1-r0 }'
fi
kill -TERM $SPID; wait $SPID 2>/dev/null || true
