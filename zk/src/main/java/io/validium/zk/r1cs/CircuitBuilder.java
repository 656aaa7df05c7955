package io.validium.zk.r1cs;

import io.validium.core.field.Fr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records a circuit: inputs, constraints A·B = C over linear combinations, and the hints that solve
 * the internal wires, then compiles them with {@link #build}. Gadgets take a builder and add their
 * constraints to it, the way gnark's gadgets take a {@code frontend.API}.
 *
 * <p>Internal wires exist only as hint outputs, so solving runs the hints in creation order and
 * never finds a wire without a value. Multiplications by a constant fold into the linear
 * combination instead of costing a constraint. Not thread-safe.
 */
public final class CircuitBuilder {

  /** A constraint before compilation, over variable ids. */
  private record Pending(
      LinearCombination a, LinearCombination b, LinearCombination c, String label) {}

  /** A hint before compilation. */
  private record PendingHint(
      Hint hint, LinearCombination[] inputs, Variable[] outputs, String label) {}

  private final List<String> publicNames = new ArrayList<>();
  private final List<String> privateNames = new ArrayList<>();
  private final List<Pending> constraints = new ArrayList<>();
  private final List<PendingHint> hints = new ArrayList<>();
  private final Deque<String> scopes = new ArrayDeque<>();
  private int internalWires;

  /** Labels constraints and hints added until {@link #close()} with a prefix. */
  public final class Scope implements AutoCloseable {
    private final int depth;

    private Scope(String name) {
      scopes.addLast(name);
      depth = scopes.size();
    }

    /** Leaves the scope; scopes must be closed innermost first. */
    @Override
    public void close() {
      if (scopes.size() != depth) {
        throw new IllegalStateException("scopes closed out of order");
      }
      scopes.removeLast();
    }
  }

  /** The constant one, wire 0. */
  public Variable one() {
    return Variable.ONE;
  }

  /** Declares the next public input; public inputs are numbered in declaration order. */
  public Variable publicInput(String name) {
    publicNames.add(Objects.requireNonNull(name, "name"));
    return Variable.of(Visibility.PUBLIC, publicNames.size() - 1);
  }

  /** Declares the next private input. */
  public Variable privateInput(String name) {
    privateNames.add(Objects.requireNonNull(name, "name"));
    return Variable.of(Visibility.PRIVATE, privateNames.size() - 1);
  }

  /** Opens a labelling scope, for use in try-with-resources. */
  public Scope scope(String name) {
    return new Scope(Objects.requireNonNull(name, "name"));
  }

  /** Number of constraints so far, e.g. to measure what a gadget adds. */
  public int constraintCount() {
    return constraints.size();
  }

  /**
   * Registers {@code hint} on the values of {@code inputs} and returns its {@code outputs} new
   * internal wires. The caller must constrain them: a hint alone proves nothing.
   */
  public Variable[] hint(String label, Hint hint, int outputs, Linear... inputs) {
    Objects.requireNonNull(hint, "hint");
    LinearCombination[] in = new LinearCombination[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      in[i] = inputs[i].toLinearCombination();
    }
    Variable[] out = new Variable[outputs];
    for (int i = 0; i < outputs; i++) {
      out[i] = Variable.of(Visibility.INTERNAL, internalWires++);
    }
    hints.add(new PendingHint(hint, in, out, qualify(label)));
    return out;
  }

  /** A single-output {@link #hint}. */
  public Variable compute(String label, Hint hint, Linear... inputs) {
    return hint(label, hint, 1, inputs)[0];
  }

  /**
   * Adds the constraint a·b = c. One whose sides are all constant is checked now instead: dropped
   * if it holds, and an IllegalArgumentException if it never can.
   */
  public void assertMul(Linear a, Linear b, Linear c, String label) {
    LinearCombination la = a.toLinearCombination();
    LinearCombination lb = b.toLinearCombination();
    LinearCombination lc = c.toLinearCombination();
    if (la.isConstant() && lb.isConstant() && lc.isConstant()) {
      if (!la.constantTerm().mul(lb.constantTerm()).equals(lc.constantTerm())) {
        throw new IllegalArgumentException(
            "constant constraint " + qualify(label) + " never holds");
      }
      return;
    }
    constraints.add(new Pending(la, lb, lc, qualify(label)));
  }

  /** Adds the constraint a = b, as (a - b)·1 = 0. */
  public void assertEqual(Linear a, Linear b, String label) {
    assertMul(a.toLinearCombination().sub(b), LinearCombination.constant(Fr.ONE), zero(), label);
  }

  /** Adds the constraint a = 0. */
  public void assertZero(Linear a, String label) {
    assertEqual(a, zero(), label);
  }

  /** a·b: free if either side is constant, otherwise one new wire and one constraint. */
  public LinearCombination mul(Linear a, Linear b, String label) {
    LinearCombination la = a.toLinearCombination();
    LinearCombination lb = b.toLinearCombination();
    if (la.isConstant()) {
      return lb.scale(la.constantTerm());
    }
    if (lb.isConstant()) {
      return la.scale(lb.constantTerm());
    }
    Variable product = compute(label, in -> new Fr[] {in[0].mul(in[1])}, la, lb);
    assertMul(la, lb, product, label);
    return product.toLinearCombination();
  }

  /**
   * num / den as a new wire q with the constraint q·den = num. The hint returns 0 when den is 0, so
   * the constraint then holds only if num is 0 too; callers whose den may be 0 must rule that out.
   */
  public LinearCombination divide(Linear num, Linear den, String label) {
    Variable q =
        compute(
            label,
            in -> new Fr[] {in[1].isZero() ? Fr.ZERO : in[0].mul(in[1].inverse())},
            num,
            den);
    assertMul(q, den, num, label);
    return q.toLinearCombination();
  }

  /** Compiles what has been recorded so far; the builder stays usable. */
  public ConstraintSystem build() {
    WireLayout layout = new WireLayout(publicNames.size(), privateNames.size(), internalWires);
    List<Constraint> compiled = new ArrayList<>(constraints.size());
    Map<Fr, Fr> canonical = new HashMap<>();
    for (Pending p : constraints) {
      compiled.add(
          new Constraint(
              layout.row(p.a(), canonical),
              layout.row(p.b(), canonical),
              layout.row(p.c(), canonical),
              p.label()));
    }
    List<SolverStep> solver = new ArrayList<>(hints.size());
    for (PendingHint h : hints) {
      SparseRow[] in = new SparseRow[h.inputs().length];
      for (int i = 0; i < in.length; i++) {
        in[i] = layout.row(h.inputs()[i], canonical);
      }
      int[] out = new int[h.outputs().length];
      for (int i = 0; i < out.length; i++) {
        out[i] = layout.wire(h.outputs()[i]);
      }
      solver.add(new SolverStep(h.hint(), in, out, h.label()));
    }
    return new ConstraintSystem(layout, compiled, solver, publicNames, privateNames);
  }

  private static LinearCombination zero() {
    return LinearCombination.zero();
  }

  private String qualify(String label) {
    String leaf = label == null || label.isEmpty() ? "#" + constraints.size() : label;
    return scopes.isEmpty() ? leaf : String.join("/", scopes) + "/" + leaf;
  }
}
