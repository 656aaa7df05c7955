package io.validium.zk.gadgets;

import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;

/**
 * A circuit for a leaf update at one position of a tree of fixed depth: public old and new roots,
 * private leaves, index bits and siblings.
 */
record MerkleCircuit(
    ConstraintSystem cs,
    Variable oldRoot,
    Variable newRoot,
    Variable oldLeaf,
    Variable newLeaf,
    Variable[] bits,
    Variable[] siblings,
    MerklePath.Update update) {

  static MerkleCircuit of(int depth) {
    CircuitBuilder api = new CircuitBuilder();
    Variable oldRoot = api.publicInput("oldRoot");
    Variable newRoot = api.publicInput("newRoot");
    Variable oldLeaf = api.privateInput("oldLeaf");
    Variable newLeaf = api.privateInput("newLeaf");
    Variable[] bits = new Variable[depth];
    Variable[] siblings = new Variable[depth];
    for (int k = 0; k < depth; k++) {
      bits[k] = api.privateInput("bit" + k);
      siblings[k] = api.privateInput("sibling" + k);
    }
    MerklePath.Update update = MerklePath.update(api, oldLeaf, newLeaf, bits, siblings);
    api.assertEqual(update.oldRoot(), oldRoot, "oldRoot");
    api.assertEqual(update.newRoot(), newRoot, "newRoot");
    return new MerkleCircuit(
        api.build(), oldRoot, newRoot, oldLeaf, newLeaf, bits, siblings, update);
  }

  Witness solve(MerkleProof proof, Fr oldLeaf, Fr newLeaf, Fr oldRoot, Fr newRoot) {
    Assignment a =
        new Assignment()
            .set(this.oldRoot, oldRoot)
            .set(this.newRoot, newRoot)
            .set(this.oldLeaf, oldLeaf)
            .set(this.newLeaf, newLeaf);
    for (int k = 0; k < bits.length; k++) {
      a.set(bits[k], (proof.index() >>> k) & 1);
      a.set(siblings[k], proof.siblings().get(k));
    }
    return cs.solve(a);
  }
}
