package io.validium.l1.watch;

import java.util.List;

/** Where relayed events go: returns only once every value is acknowledged by the broker. */
public interface EventSink {

  /** Publishes {@code values} in order; throws if any is not acknowledged. */
  void publish(List<String> values);
}
