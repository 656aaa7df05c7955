/**
 * The batch circuit: core's state transition function for a fixed number of transaction slots as
 * R1CS constraints (docs/protocol.md section 9), and the witness built from core's batch execution.
 */
package io.validium.circuit;
