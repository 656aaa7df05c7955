package io.validium.circuit;

/**
 * Why a batch execution cannot become a witness of a given circuit.
 *
 * @param reason the kind of mismatch
 * @param detail what exactly did not fit, for logs and dead-letter records
 */
public record WitnessRefusal(Reason reason, String detail) {

  /** The ways an execution and a circuit can fail to fit. */
  public enum Reason {
    /** The execution was rejected by core: there is no valid transition to prove. */
    BATCH_REJECTED,
    /** The batch holds more transactions than the circuit has slots. */
    BATCH_TOO_LARGE,
    /** The state's balance trees have another depth than the circuit's. */
    BALANCE_DEPTH_MISMATCH
  }
}
