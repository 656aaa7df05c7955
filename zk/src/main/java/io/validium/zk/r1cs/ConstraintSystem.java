package io.validium.zk.r1cs;

import io.validium.core.field.Fr;
import java.util.List;
import java.util.Optional;

/**
 * A compiled, immutable R1CS: the constraints over final wire numbers, the wire layout, the names
 * of the inputs, and the solver program that computes a full witness from input values.
 */
public final class ConstraintSystem {

  private final WireLayout layout;
  private final List<Constraint> constraints;
  private final List<SolverStep> solver;
  private final List<Variable> publicInputs;
  private final List<Variable> privateInputs;
  private final List<String> publicNames;
  private final List<String> privateNames;

  ConstraintSystem(
      WireLayout layout,
      List<Constraint> constraints,
      List<SolverStep> solver,
      List<String> publicNames,
      List<String> privateNames) {
    this.layout = layout;
    this.constraints = List.copyOf(constraints);
    this.solver = List.copyOf(solver);
    this.publicNames = List.copyOf(publicNames);
    this.privateNames = List.copyOf(privateNames);
    this.publicInputs = inputs(Visibility.PUBLIC, publicNames.size());
    this.privateInputs = inputs(Visibility.PRIVATE, privateNames.size());
  }

  private static List<Variable> inputs(Visibility kind, int count) {
    Variable[] out = new Variable[count];
    for (int i = 0; i < count; i++) {
      out[i] = Variable.of(kind, i);
    }
    return List.of(out);
  }

  /** The mapping from variables to wires. */
  public WireLayout layout() {
    return layout;
  }

  /** Constraint, wire and input counts. */
  public ConstraintCounts counts() {
    return new ConstraintCounts(
        constraints.size(),
        layout.wires(),
        layout.publicInputs(),
        layout.privateInputs(),
        layout.internalWires());
  }

  /** Number of constraints. */
  public int numConstraints() {
    return constraints.size();
  }

  /** Number of wires, including wire 0. */
  public int numWires() {
    return layout.wires();
  }

  /** Number of public inputs, excluding wire 0. */
  public int numPublicInputs() {
    return layout.publicInputs();
  }

  /** The constraints in order. */
  public List<Constraint> constraints() {
    return constraints;
  }

  /** The public input variables in wire order. */
  public List<Variable> publicInputs() {
    return publicInputs;
  }

  /** The private input variables in wire order. */
  public List<Variable> privateInputs() {
    return privateInputs;
  }

  /** The public inputs' names in wire order. */
  public List<String> publicInputNames() {
    return publicNames;
  }

  /** The private inputs' names in wire order. */
  public List<String> privateInputNames() {
    return privateNames;
  }

  /** The wire number of {@code v}. */
  public int wire(Variable v) {
    return layout.wire(v);
  }

  /**
   * Computes the full witness from the inputs' values by running every hint in creation order. The
   * result satisfies the constraints whenever the inputs admit a solution; otherwise it is the
   * honest attempt, and {@link #firstUnsatisfied} names the constraint that fails.
   *
   * @throws IllegalArgumentException if an input has no value
   */
  public Witness solve(Assignment assignment) {
    Fr[] w = new Fr[layout.wires()];
    w[0] = Fr.ONE;
    assign(assignment, publicInputs, publicNames, w);
    assign(assignment, privateInputs, privateNames, w);
    for (SolverStep step : solver) {
      SparseRow[] rows = step.inputs();
      Fr[] in = new Fr[rows.length];
      for (int i = 0; i < rows.length; i++) {
        in[i] = rows[i].evaluate(w);
      }
      Fr[] out = step.hint().solve(in);
      if (out.length != step.outputs().length) {
        throw new IllegalStateException(
            "hint " + step.label() + " returned " + out.length + " values, not " + rows.length);
      }
      for (int i = 0; i < out.length; i++) {
        w[step.outputs()[i]] = out[i];
      }
    }
    return new Witness(layout, w);
  }

  private void assign(Assignment a, List<Variable> vars, List<String> names, Fr[] w) {
    for (int i = 0; i < vars.size(); i++) {
      Fr v = a.get(vars.get(i));
      if (v == null) {
        throw new IllegalArgumentException("no value for input '" + names.get(i) + "'");
      }
      w[layout.wire(vars.get(i))] = v;
    }
  }

  /** Whether {@code witness} satisfies every constraint. */
  public boolean isSatisfied(Witness witness) {
    return firstUnsatisfied(witness).isEmpty();
  }

  /** The first constraint {@code witness} violates, or empty if it satisfies them all. */
  public Optional<UnsatisfiedConstraint> firstUnsatisfied(Witness witness) {
    Fr[] w = witness.raw();
    if (w.length != layout.wires()) {
      throw new IllegalArgumentException(
          "witness has " + w.length + " wires, the system " + layout.wires());
    }
    if (!Fr.ONE.equals(w[0])) {
      return Optional.of(new UnsatisfiedConstraint(-1, "wire 0 must be one", w[0], Fr.ONE, Fr.ONE));
    }
    for (int i = 0; i < constraints.size(); i++) {
      Constraint c = constraints.get(i);
      Fr a = c.a().evaluate(w);
      Fr b = c.b().evaluate(w);
      Fr product = c.c().evaluate(w);
      if (!a.mul(b).equals(product)) {
        return Optional.of(new UnsatisfiedConstraint(i, c.label(), a, b, product));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "ConstraintSystem" + counts();
  }
}
