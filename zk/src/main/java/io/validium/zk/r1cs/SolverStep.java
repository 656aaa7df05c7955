package io.validium.zk.r1cs;

/** A hint as compiled: input rows and output wires in final wire numbers. */
record SolverStep(Hint hint, SparseRow[] inputs, int[] outputs, String label) {}
