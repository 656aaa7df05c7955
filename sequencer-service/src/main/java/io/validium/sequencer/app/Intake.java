package io.validium.sequencer.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.tx.Transaction;
import io.validium.sequencer.config.SequencerConfig;
import io.validium.sequencer.engine.Precheck;
import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.engine.SignatureWorkers;
import io.validium.sequencer.engine.Submission;
import io.validium.sequencer.wire.Parsed;
import io.validium.sequencer.wire.TransactionJson;
import io.validium.sequencer.wire.WireError;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One path for every signed submission, REST or Kafka: bound, parse, validate, sequence. Every
 * submission's signature is verified first by the {@link SignatureWorkers}, batched with whatever
 * else is pending (concurrent REST requests, a bulk body, a poll of ingress records) on every core;
 * then submissions are decided one by one in their order.
 */
@ApplicationScoped
public class Intake {
  private final Sequencer sequencer;
  private final SequencerConfig config;
  private final SignatureWorkers workers;
  private final TransactionJson json = new TransactionJson();

  public Intake(Sequencer sequencer, SequencerConfig config) {
    this.sequencer = sequencer;
    this.config = config;
    this.workers =
        new SignatureWorkers(
            sequencer,
            config.signatures().threads().orElse(Runtime.getRuntime().availableProcessors()),
            config.signatures().queue(),
            config.signatures().maxBatch());
  }

  @PreDestroy
  void close() {
    workers.close();
  }

  /** What became of one submission. */
  public sealed interface Result {
    /** The input is not a signed transaction. */
    record Invalid(WireError error) implements Result {}

    /** The sequencer answered (decided, or refused to look). */
    record Submitted(Submission submission) implements Result {}
  }

  /** A parsed submission with its signature verified ahead, ready to be decided (maybe again). */
  public record Prepared(Parsed<Transaction> transaction, Precheck signature) {}

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

  /** Many JSON texts, in order: signatures verified in parallel, not decided yet. */
  public List<Prepared> prepareAll(List<byte[]> utf8) {
    List<Parsed<Transaction>> parsed = new ArrayList<>(utf8.size());
    for (byte[] b : utf8) {
      parsed.add(parse(b));
    }
    return withPrechecks(parsed);
  }

  /** The items of a bulk request, in order: signatures verified in parallel, not decided yet. */
  public List<Prepared> prepareAllNodes(List<JsonNode> nodes) {
    List<Parsed<Transaction>> parsed = new ArrayList<>(nodes.size());
    for (JsonNode n : nodes) {
      parsed.add(json.parseSigned(n));
    }
    return withPrechecks(parsed);
  }

  /** Decides a prepared submission; may be called again for the same one after a refusal. */
  public Result submit(Prepared p) {
    if (!p.transaction().isOk()) {
      return new Result.Invalid(p.transaction().error());
    }
    return new Result.Submitted(sequencer.submit(p.transaction().value(), p.signature()));
  }

  private Prepared prepare(Parsed<Transaction> tx) {
    return new Prepared(tx, tx.isOk() ? workers.precheck(tx.value()).join() : Precheck.NONE);
  }

  private List<Prepared> withPrechecks(List<Parsed<Transaction>> parsed) {
    List<Transaction> txs = new ArrayList<>(parsed.size());
    for (Parsed<Transaction> p : parsed) {
      txs.add(p.isOk() ? p.value() : null);
    }
    List<Precheck> checks = workers.precheckAll(txs);
    List<Prepared> out = new ArrayList<>(parsed.size());
    for (int i = 0; i < parsed.size(); i++) {
      out.add(new Prepared(parsed.get(i), checks.get(i)));
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
