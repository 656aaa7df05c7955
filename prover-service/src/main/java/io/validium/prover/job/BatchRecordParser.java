package io.validium.prover.job;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.codec.Decoded;
import io.validium.core.tx.Domain;
import io.validium.prover.job.JobRefusal.Reason;

/**
 * Checks a batch record's key, value and {@code validium-header} header (the Kafka contract of the
 * batch topic) before anything is executed: bounded, decoded, and consistent with each other and
 * with the deployment.
 */
public final class BatchRecordParser {
  private static final int MAX_KEY_CHARS = 20;

  private final Domain domain;
  private final int maxRecordBytes;

  public BatchRecordParser(Domain domain, int maxRecordBytes) {
    this.domain = domain;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** The job of a record; {@code key} and {@code header} may be null, as Kafka allows. */
  public ParsedRecord parse(String key, byte[] value, byte[] header) {
    if (value == null || value.length == 0) {
      return ParsedRecord.refused(Reason.MISSING_DATA, "the record has no value");
    }
    if (value.length > maxRecordBytes) {
      return ParsedRecord.refused(
          Reason.RECORD_TOO_LARGE,
          "the value holds "
              + value.length
              + " bytes, at most "
              + maxRecordBytes
              + " are accepted");
    }
    Decoded<BatchData> data = BatchCodec.decodeData(value);
    if (!data.isOk()) {
      return ParsedRecord.refused(Reason.MALFORMED_DATA, data.error().toString());
    }
    if (header == null) {
      return ParsedRecord.refused(Reason.MISSING_HEADER, "no validium-header record header");
    }
    Decoded<BatchHeader> claimed = BatchCodec.decodeHeader(header);
    if (!claimed.isOk()) {
      return ParsedRecord.refused(Reason.MALFORMED_HEADER, claimed.error().toString());
    }
    BatchData batch = data.value();
    long number = batch.number().value();
    String expectedKey = Long.toUnsignedString(number);
    if (key == null || key.length() > MAX_KEY_CHARS || !key.equals(expectedKey)) {
      return ParsedRecord.refused(
          Reason.KEY_MISMATCH,
          "the key "
              + (key == null ? "is missing" : "'" + abbreviate(key) + "'")
              + ", the data is batch "
              + expectedKey);
    }
    BatchHeader h = claimed.value();
    if (!h.number().equals(batch.number())) {
      return ParsedRecord.refused(
          Reason.HEADER_DATA_MISMATCH,
          "the header is for batch " + h.number() + ", the data is batch " + batch.number());
    }
    if (!batch.domain().equals(domain)) {
      return ParsedRecord.refused(
          Reason.WRONG_DOMAIN,
          "batch " + number + " is for " + batch.domain() + ", this prover serves " + domain);
    }
    if (!h.commitment().equals(batch.commitment())) {
      return ParsedRecord.refused(
          Reason.HEADER_DATA_MISMATCH,
          "the header's batch commitment is not the commitment of batch " + number + "'s data");
    }
    return ParsedRecord.job(new BatchJob(batch, value.clone(), h));
  }

  private static String abbreviate(String s) {
    return s.length() <= MAX_KEY_CHARS ? s : s.substring(0, MAX_KEY_CHARS) + "...";
  }
}
