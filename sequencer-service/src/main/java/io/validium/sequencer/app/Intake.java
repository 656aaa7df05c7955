package io.validium.sequencer.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.tx.Transaction;
import io.validium.sequencer.config.SequencerConfig;
import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.engine.Submission;
import io.validium.sequencer.wire.Parsed;
import io.validium.sequencer.wire.TransactionJson;
import io.validium.sequencer.wire.WireError;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/** One path for every signed submission, REST or Kafka: bound, parse, validate, sequence. */
@ApplicationScoped
public class Intake {
  private final Sequencer sequencer;
  private final SequencerConfig config;
  private final TransactionJson json = new TransactionJson();

  public Intake(Sequencer sequencer, SequencerConfig config) {
    this.sequencer = sequencer;
    this.config = config;
  }

  /** What became of one submission. */
  public sealed interface Result {
    /** The input is not a signed transaction. */
    record Invalid(WireError error) implements Result {}

    /** The sequencer answered (decided, or refused to look). */
    record Submitted(Submission submission) implements Result {}
  }

  public TransactionJson json() {
    return json;
  }

  /** JSON text of one transaction, as a REST body or an ingress record carries it. */
  public Result submit(byte[] utf8) {
    if (utf8 == null || utf8.length == 0) {
      return invalid(WireError.Kind.MALFORMED_JSON, "the input is empty");
    }
    if (utf8.length > config.limits().maxTransactionJsonBytes()) {
      return invalid(
          WireError.Kind.TOO_LARGE,
          "a transaction is at most " + config.limits().maxTransactionJsonBytes() + " bytes");
    }
    var decoder = StandardCharsets.UTF_8.newDecoder();
    String text;
    try {
      text = decoder.decode(java.nio.ByteBuffer.wrap(utf8)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return invalid(WireError.Kind.MALFORMED_JSON, "the input is not UTF-8");
    }
    Parsed<JsonNode> tree = json.tree(text);
    return tree.isOk() ? submit(tree.value()) : new Result.Invalid(tree.error());
  }

  /** One element of a bulk request, already parsed as JSON. */
  public Result submit(JsonNode node) {
    Parsed<Transaction> tx = json.parseSigned(node);
    if (!tx.isOk()) {
      return new Result.Invalid(tx.error());
    }
    return new Result.Submitted(sequencer.submit(tx.value()));
  }

  private static Result invalid(WireError.Kind kind, String detail) {
    return new Result.Invalid(WireError.of(kind, null, detail));
  }
}
