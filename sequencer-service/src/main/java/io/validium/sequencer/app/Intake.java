package io.validium.sequencer.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.tx.Transaction;
import io.validium.sequencer.config.SequencerConfig;
import io.validium.sequencer.engine.Precheck;
import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.engine.SignatureWorkers;
import io.validium.sequencer.engine.Submission;
import io.validium.sequencer.engine.TxHash;
import io.validium.sequencer.wire.Parsed;
import io.validium.sequencer.wire.TransactionJson;
import io.validium.sequencer.wire.WireError;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One path for every signed submission, REST or Kafka: bound, parse, validate, sequence. A single
 * submission is parsed and hashed on its own thread and its signature verified by the {@link
 * SignatureWorkers}, batched with whatever else is pending (concurrent REST requests, the items of
 * bulk bodies); the records of an ingress poll, which one thread takes, are prepared in chunks on
 * every core, each chunk parsed, hashed and batch-verified by one thread, so that the thread that
 * decides them in their order does nothing else and can start on the first chunk while the others
 * are prepared (docs/adr/0047).
 */
@ApplicationScoped
public class Intake {
  private final Sequencer sequencer;
  private final SequencerConfig config;
  private final SignatureWorkers workers;
  private final TransactionJson json = new TransactionJson();
  private final ExecutorService preparers;
  private final int threads;
  private final int maxChunk;

  public Intake(Sequencer sequencer, SequencerConfig config) {
    this.sequencer = sequencer;
    this.config = config;
    this.threads = config.signatures().threads().orElse(Runtime.getRuntime().availableProcessors());
    this.maxChunk = config.signatures().maxBatch();
    this.workers =
        new SignatureWorkers(
            sequencer, threads, config.signatures().queue(), config.signatures().maxBatch());
    AtomicInteger n = new AtomicInteger();
    this.preparers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "sequencer-prepare-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @PreDestroy
  void close() {
    // Chunks already queued still run: a poll being decided waits for them.
    preparers.shutdown();
    workers.close();
  }

  /** What became of one submission. */
  public sealed interface Result {
    /** The input is not a signed transaction. */
    record Invalid(WireError error) implements Result {}

    /** The sequencer answered (decided, or refused to look). */
    record Submitted(Submission submission) implements Result {}
  }

  /**
   * A parsed submission with its hash computed and its signature verified ahead, ready to be
   * decided (maybe again); the hash is null when the input is not a transaction.
   */
  public record Prepared(Parsed<Transaction> transaction, TxHash hash, Precheck signature) {}

  public TransactionJson json() {
    return json;
  }

  /** JSON text of one transaction, as a REST body or an ingress record carries it. */
  public Result submit(byte[] utf8) {
    return submit(prepare(parse(utf8)));
  }

  /** One element of a bulk request, already parsed as JSON. */
  public Result submit(JsonNode node) {
    return submit(prepare(json.parseSigned(node)));
  }

  /**
   * Many JSON texts (a poll of ingress records), prepared in chunks on every core; one future per
   * text, in order, each completing with its chunk.
   */
  public List<CompletableFuture<Prepared>> prepareAll(List<byte[]> utf8) {
    return inChunks(utf8, this::parse);
  }

  /**
   * The items of a bulk request, parsed and hashed on the calling thread (one of many HTTP
   * workers), their signatures queued to the {@link SignatureWorkers} and so batched with those of
   * concurrent requests; one future per item, in order.
   */
  public List<CompletableFuture<Prepared>> prepareAllNodes(List<JsonNode> nodes) {
    List<Parsed<Transaction>> parsed = new ArrayList<>(nodes.size());
    List<CompletableFuture<Precheck>> checks = new ArrayList<>(nodes.size());
    for (JsonNode n : nodes) {
      Parsed<Transaction> p = json.parseSigned(n);
      parsed.add(p);
      checks.add(
          p.isOk()
              ? workers.precheck(p.value())
              : CompletableFuture.completedFuture(Precheck.NONE));
    }
    List<CompletableFuture<Prepared>> out = new ArrayList<>(nodes.size());
    for (int i = 0; i < parsed.size(); i++) {
      Parsed<Transaction> p = parsed.get(i);
      TxHash hash = p.isOk() ? TxHash.of(p.value()) : null;
      out.add(checks.get(i).thenApply(c -> new Prepared(p, hash, c)));
    }
    return out;
  }

  /** Decides a prepared submission; may be called again for the same one after a refusal. */
  public Result submit(Prepared p) {
    if (!p.transaction().isOk()) {
      return new Result.Invalid(p.transaction().error());
    }
    return new Result.Submitted(sequencer.submit(p.transaction().value(), p.hash(), p.signature()));
  }

  /** One submission: verified by the workers while this thread hashes it. */
  private Prepared prepare(Parsed<Transaction> tx) {
    if (!tx.isOk()) {
      return new Prepared(tx, null, Precheck.NONE);
    }
    CompletableFuture<Precheck> check = workers.precheck(tx.value());
    TxHash hash = TxHash.of(tx.value());
    return new Prepared(tx, hash, check.join());
  }

  /**
   * Chunks of at least 16 items (a batch verification pays off) and at most the largest signature
   * batch, about four per thread, so that deciding the first chunk overlaps preparing the rest.
   */
  private <T> List<CompletableFuture<Prepared>> inChunks(
      List<T> inputs, Function<T, Parsed<Transaction>> parse) {
    int n = inputs.size();
    int chunk = Math.min(maxChunk, Math.max(16, (n + 4 * threads - 1) / (4 * threads)));
    List<CompletableFuture<Prepared>> out = new ArrayList<>(n);
    for (int from = 0; from < n; from += chunk) {
      List<T> part = inputs.subList(from, Math.min(n, from + chunk));
      CompletableFuture<List<Prepared>> done;
      try {
        done = CompletableFuture.supplyAsync(() -> prepareChunk(part, parse), preparers);
      } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
        done = CompletableFuture.completedFuture(prepareChunk(part, parse));
      }
      for (int i = 0; i < part.size(); i++) {
        int k = i;
        out.add(done.thenApply(list -> list.get(k)));
      }
    }
    return out;
  }

  private <T> List<Prepared> prepareChunk(List<T> part, Function<T, Parsed<Transaction>> parse) {
    List<Parsed<Transaction>> parsed = new ArrayList<>(part.size());
    List<Transaction> txs = new ArrayList<>(part.size());
    for (T input : part) {
      Parsed<Transaction> p = parse.apply(input);
      parsed.add(p);
      txs.add(p.isOk() ? p.value() : null);
    }
    List<Precheck> checks = workers.verifyHere(txs);
    List<Prepared> out = new ArrayList<>(part.size());
    for (int i = 0; i < part.size(); i++) {
      Transaction tx = txs.get(i);
      out.add(new Prepared(parsed.get(i), tx == null ? null : TxHash.of(tx), checks.get(i)));
    }
    return out;
  }

  private Parsed<Transaction> parse(byte[] utf8) {
    if (utf8 == null || utf8.length == 0) {
      return Parsed.error(WireError.Kind.MALFORMED_JSON, null, "the input is empty");
    }
    if (utf8.length > config.limits().maxTransactionJsonBytes()) {
      return Parsed.error(
          WireError.Kind.TOO_LARGE,
          null,
          "a transaction is at most " + config.limits().maxTransactionJsonBytes() + " bytes");
    }
    var decoder = StandardCharsets.UTF_8.newDecoder();
    String text;
    try {
      text = decoder.decode(java.nio.ByteBuffer.wrap(utf8)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return Parsed.error(WireError.Kind.MALFORMED_JSON, null, "the input is not UTF-8");
    }
    Parsed<JsonNode> tree = json.tree(text);
    return tree.isOk() ? json.parseSigned(tree.value()) : Parsed.error(tree.error());
  }
}
