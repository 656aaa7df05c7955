#!/usr/bin/env python3
"""Where a sequencer's CPU samples go: reads `jfr print --json --events jdk.ExecutionSample` of a
recording (BENCHMARKING.md "Sequencer load") and counts each sample once, under the first
category (in the order below) whose marker occurs anywhere in its stack.

    benchmarks/jfr-breakdown.py recording.jfr [--load-only]

--load-only drops the samples taken before the first signature verification (start-up, opening
the senders), so that the shares are those of the load phase.
"""
import json
import subprocess
import sys
from collections import Counter

# (category, markers): the first category with a marker anywhere in the stack takes the sample.
CATEGORIES = [
    ("signature: challenge hash Poseidon(5)", ["EdDsaPoseidon.challenge"]),
    ("signature: R8 subgroup test", ["SubgroupTest."]),
    ("signature: curve equation", ["VerificationEquation.", "BatchEquation.", "EdDsaPoseidon.verify",
                                   "EdDsaBatchVerifier."]),
    ("message hash (Transfer.message)", ["Transfer.message", "Withdrawal.message"]),
    ("commitment leaf", ["SignedLeaf.of", "Transfer.commitmentLeaf"]),
    ("batch close: commitment chain", ["BatchData.commitment"]),
    ("batch close: state roots", ["Ledger.seal", "L2State.root", "SparseMerkleTree"]),
    ("decision (StateTransition.decide)", ["StateTransition.decide", "Ledger.admit"]),
    ("batch encoding / publish", ["BatchCodec.", "KafkaBatchSink"]),
    ("tx hash (Keccak)", ["TxHash.of", "Keccak"]),
    ("JSON", ["TransactionJson", "com.fasterxml.jackson"]),
    ("log append / Kafka client", ["KafkaAcceptedLog", "LogCodec", "org.apache.kafka"]),
    ("HTTP (Vert.x, Netty, RESTEasy)", ["io.vertx", "io.netty", "org.jboss.resteasy", "io.quarkus.vertx"]),
    ("SmallRye messaging", ["io.smallrye.reactive"]),
]


def frame_name(f):
    m = f.get("method", {})
    t = m.get("type", {}).get("name", "?")
    return t.split(".")[-1].split("/")[-1] + "." + m.get("name", "?") + " " + t


# Threads that verify signatures: their first sample marks the start of the load.
VERIFIERS = ("sequencer-prepare", "sequencer-signatures")


def main(path, load_only=False):
    out = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample", path],
        check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    if load_only:
        starts = [e["values"]["startTime"] for e in events
                  if ((e["values"].get("sampledThread") or {}).get("javaName") or "").startswith(VERIFIERS)]
        if starts:
            first = min(starts)
            events = [e for e in events if e["values"]["startTime"] >= first]
    cats = Counter()
    threads = Counter()
    tops = Counter()
    pairs = Counter()
    for e in events:
        v = e["values"]
        thread = (v.get("sampledThread") or {}).get("javaName") or "?"
        thread = "".join(c for c in thread if not c.isdigit()).rstrip("-# ")
        threads[thread] += 1
        frames = (v.get("stackTrace") or {}).get("frames") or []
        names = [frame_name(f) for f in frames]
        text = " | ".join(n.split(" ")[1] + "." + n.split(" ")[0].split(".", 1)[1] for n in names)
        if names:
            tops[names[0].split(" ")[0]] += 1
        for cat, markers in CATEGORIES:
            if any(m in text for m in markers):
                cats[cat] += 1
                pairs[(thread, cat)] += 1
                break
        else:
            cats["other"] += 1
            pairs[(thread, "other")] += 1
    total = sum(cats.values())
    print(f"{total} execution samples")
    for c, n in cats.most_common():
        print(f"  {100.0 * n / total:5.1f}%  {n:6d}  {c}")
    print("by thread:")
    for t, n in threads.most_common(8):
        print(f"  {100.0 * n / total:5.1f}%  {t}")
    print("by thread and category:")
    for (t, c), n in pairs.most_common(16):
        print(f"  {100.0 * n / total:5.1f}%  {t}: {c}")
    print("top frames:")
    for t, n in tops.most_common(12):
        print(f"  {100.0 * n / total:5.1f}%  {t}")


if __name__ == "__main__":
    main(sys.argv[1], "--load-only" in sys.argv[2:])
