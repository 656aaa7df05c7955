#!/usr/bin/env python3
"""Writes core's hand-unrolled Montgomery kernels (MontgomeryProduct, MontgomeryProductPlus,
MontgomerySquare, MontgomeryDot, MontgomeryDot2, MontgomeryDot3, MontgomeryPow5 in io.validium.core.field)
and zk's base-field kernel FqKernel (io.validium.zk.field), the same steps with the other modulus.

The kernels repeat the same product and reduction steps because C2 keeps the accumulators in
registers only in straight-line code with constant indices, and inlines none of these methods (see
MontgomeryKernel). Edit this script rather than the Java files, then run, from the repository root:

    python3 core/src/codegen/montgomery_kernels.py && ./mvnw -o -B -q spotless:apply -pl core,zk

and check that the tests pass; a run without changes leaves the tree unchanged. The output is
already formatted as google-java-format (Spotless) leaves it, so that MontgomeryKernelSourcesTest
can pin the checked-in files to this script: with a directory argument the files go there instead.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = (sys.argv[1] if len(sys.argv) > 1 else
     os.path.join(HERE, "..", "main", "java", "io", "validium", "core", "field")) + os.sep
# zk's base-field kernel (FqKernel) comes from the same steps with the base-field modulus.
DZ = (sys.argv[1] if len(sys.argv) > 1 else
      os.path.join(HERE, "..", "..", "..", "zk", "src", "main", "java", "io", "validium", "zk", "field")) + os.sep


def recode(v, arr, off):
    s = [f"long {v}0 = {arr}[{off}];", f"long {v}1 = {arr}[{off} + 1];",
         f"long {v}2 = {arr}[{off} + 2];", f"long {v}3 = {arr}[{off} + 3];",
         f"long {v}c = {v}0 >>> 63;", f"long {v}u = {v}1 + {v}c;", f"{v}c = ({v}1 | {v}u) >>> 63;",
         f"{v}1 = {v}u;", f"{v}u = {v}2 + {v}c;", f"{v}c = ({v}2 | {v}u) >>> 63;", f"{v}2 = {v}u;",
         f"{v}3 += {v}c;"]
    return s

def prod(x, y, col, double=False, skip_lo=False):
    s = [f"lo = {x} * {y};"] if not skip_lo else []
    s.append(f"hi = Math.multiplyHigh({x}, {y});")
    if double:
        s += [f"a{col} += lo << 1;", f"b{col} += (lo >>> 32) << 1;",
              f"a{col+1} += hi << 1;", f"b{col+1} += (hi >> 32) << 1;"]
    else:
        if not skip_lo:
            s += [f"a{col} += lo;", f"b{col} += lo >>> 32;"]
        s += [f"a{col+1} += hi;", f"b{col+1} += hi >> 32;"]
    return s

def products(x, y):
    s = []
    for i in range(4):
        for j in range(4):
            s += prod(f"{x}{i}", f"{y}{j}", i + j)
    return s

def squares(x):
    s = []
    for i in range(4):
        for j in range(i, 4):
            s += prod(f"{x}{i}", f"{x}{j}", i + j, double=(i != j))
    return s

def reduction(skip_lo0=True):
    """Clears columns 0..3; leaves r0..r3 and top."""
    s = ["long carry = 0;"]
    for c in range(4):
        if c == 0:
            s.append(f"long v = a0;")
        else:
            s.append(f"v = a{c} + carry;")
        s.append(f"long m{c} = v * INV;")
        for j in range(4):
            s += prod(f"m{c}", f"S{j}", c + j, skip_lo=(skip_lo0 and j == 0))
        if c == 0:
            s.append(f"long x = a0 - (b0 << 32);")
        else:
            s.append(f"x = a{c} - (b{c} << 32) + carry;")
        if skip_lo0:
            s.append(f"carry = (((x >> 32) + b{c}) >> 32) + ((v | -v) >>> 63);")
        else:
            s.append(f"carry = ((x >> 32) + b{c}) >> 32;")
    for k in range(4, 8):
        s.append(f"long r{k-4} = a{k} + carry;")
        s.append(f"x = a{k} - (b{k} << 32) + carry;")
        s.append(f"carry = ((x >> 32) + b{k}) >> 32;")
    return s

def acc_init(addend=False):
    if not addend:
        return ["long a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;",
                "long b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0, b7 = 0;"]
    return ["long c0 = cs[co];", "long c1 = cs[co + 1];", "long c2 = cs[co + 2];", "long c3 = cs[co + 3];",
            "long a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = c0, a5 = c1, a6 = c2, a7 = c3;",
            "long b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = c0 >>> 32, b5 = c1 >>> 32, b6 = c2 >>> 32;",
            "long b7 = c3 >>> 32;"]

def emit(lines, indent):
    return "".join(" " * indent + l + "\n" for l in lines)

def store(top_return=True):
    return ["out[oo] = r0;", "out[oo + 1] = r1;", "out[oo + 2] = r2;", "out[oo + 3] = r3;", "return carry;"]

def java_file(cls, doc, methods, normalised=False):
    """One Java source file: imports, class comment, private constructor, the methods."""
    out = ["package io.validium.core.field;", "", "import static io.validium.core.field.MontgomeryReduction.INV;"]
    out += [f"import static io.validium.core.field.MontgomeryReduction.S{j};" for j in range(4)]
    if normalised:
        out = out[:2] + [f"import static io.validium.core.field.FrArith.Q{j};" for j in range(4)] + out[2:]
    out += ["", doc.rstrip(), f"final class {cls} {{", "", f"  private {cls}() {{}}", ""]
    for mdoc, sig, body in methods:
        out.append(mdoc.rstrip())
        one_line = "  " + sig.replace("\n      ", "") + " {"
        out.append(one_line if len(one_line) <= 100 else "  " + sig + " {")
        out += ["    " + l for l in body]
        out += ["  }", ""]
    out[-1] = "}"
    return "\n".join(out) + "\n"

def add_modulus_if_negative(arith="FrArith"):
    """r0..r3 with sign word carry: adds the modulus when negative, in place."""
    return ["long mask = carry >> 63;",
            "long q0 = Q0 & mask;", "long q1 = Q1 & mask;", "long q2 = Q2 & mask;",
            "long s0 = r0 + q0;", f"long c = {arith}.carry(r0, q0, s0);",
            "long s1 = r1 + q1 + c;", f"c = {arith}.carry(r1, q1, s1);",
            "long s2 = r2 + q2 + c;", f"c = {arith}.carry(r2, q2, s2);",
            "r3 += (Q3 & mask) + c;", "r0 = s0;", "r1 = s1;", "r2 = s2;"]

def subtract_modulus_if_above(n):
    """r0..r3: subtracts r when at least r, in place."""
    return [f"long d0{n} = r0 - Q0;", f"long br{n} = FrArith.borrow(r0, Q0, d0{n});",
            f"long d1{n} = r1 - Q1 - br{n};", f"br{n} = FrArith.borrow(r1, Q1, d1{n});",
            f"long d2{n} = r2 - Q2 - br{n};", f"br{n} = FrArith.borrow(r2, Q2, d2{n});",
            f"long d3{n} = r3 - Q3 - br{n};", f"br{n} = FrArith.borrow(r3, Q3, d3{n});",
            f"long keep{n} = -br{n};",
            f"r0 = (r0 & keep{n}) | (d0{n} & ~keep{n});", f"r1 = (r1 & keep{n}) | (d1{n} & ~keep{n});",
            f"r2 = (r2 & keep{n}) | (d2{n} & ~keep{n});", f"r3 = (r3 & keep{n}) | (d3{n} & ~keep{n});"]

def store_void():
    return ["out[oo] = r0;", "out[oo + 1] = r1;", "out[oo + 2] = r2;", "out[oo + 3] = r3;"]

def recode_from(v, src):
    s = recode(v, "ARR", "OFF")
    s[0:4] = [f"long {v}{i} = {src[i]};" for i in range(4)]
    return s

def block(lines):
    return ["{"] + ["  " + l for l in lines] + ["}"]

def pow5_fused():
    LOHI = ["long lo;", "long hi;"]
    s = ["long p0, p1, p2, p3;", "long u0, u1, u2, u3;"]
    st1 = recode("x", "xs", "xo") + acc_init() + LOHI + squares("x") + reduction() + ["p0 = r0;", "p1 = r1;", "p2 = r2;", "p3 = r3;"]
    st2 = recode_from("x", ["p0", "p1", "p2", "p3"]) + acc_init() + LOHI + squares("x") + reduction() + ["u0 = r0;", "u1 = r1;", "u2 = r2;", "u3 = r3;"]
    st3 = recode("x", "xs", "xo") + recode_from("y", ["u0", "u1", "u2", "u3"]) + acc_init() + LOHI + products("x", "y") + reduction() + add_modulus_if_negative() + store_void()
    return s + block(st1) + block(st2) + st3

def dot_unrolled(n):
    LOHI = ["long lo;", "long hi;"]
    s = acc_init(True) + LOHI
    for t in range(n):
        off = "" if t == 0 else f" + {4 * t}"
        s += block(recode("x", "xs", "xo" + off) + recode("y", "ys", "yo" + off) + products("x", "y"))
    s += reduction() + add_modulus_if_negative() + subtract_modulus_if_above("") + subtract_modulus_if_above("2") + store_void()
    return s


LOHI = ["long lo;", "long hi;"]
RED_DOC = "{@link MontgomeryReduction}"

def write(cls, doc, methods):
    open(D + cls + ".java", "w").write(java_file(cls, doc, methods))

write("MontgomeryProduct",
"""/**
 * The Montgomery product x·y·2^-256 of {@link MontgomeryKernel#mul}, with the reduction of {@link
 * MontgomeryReduction} written out in the same method: as one method the JIT keeps the accumulators
 * in registers, while a call to a shared reduction passes eighteen of them on the stack (that call
 * cost about 5% of a product).
 */""",
[("""  /**
   * Writes the low 256 bits of a value congruent to x·y·2^-256 and in (-r/2, 1.83r), and returns
   * the word above them (0 or -1). Inputs need not be canonical: any value of magnitude below 2.6r,
   * as 256-bit two's complement, works, since the recoding reads the top limb as signed.
   */""",
  "static long mulUnreduced(long[] xs, int xo, long[] ys, int yo, long[] out, int oo)",
  recode("x", "xs", "xo") + recode("y", "ys", "yo") + acc_init() + LOHI + products("x", "y") + reduction() + store())])

write("MontgomerySquare",
"""/**
 * The Montgomery square x²·2^-256 of {@link MontgomeryKernel#square}: each cross product is
 * computed once and counted twice, and the reduction is written out as in {@link
 * MontgomeryProduct}.
 */""",
[("""  /** The square counterpart of {@link MontgomeryProduct#mulUnreduced}, same ranges. */""",
  "static long squareUnreduced(long[] xs, int xo, long[] out, int oo)",
  recode("x", "xs", "xo") + acc_init() + LOHI + squares("x") + reduction() + store())])

loop = recode("x", "xs", "xo") + recode("y", "ys", "yo") + LOHI + products("x", "y")
write("MontgomeryDot",
"""/**
 * The dot product of {@link MontgomeryKernel#dot}: up to seven products summed unreduced into the
 * same column accumulators, plus an addend in the upper columns, then one reduction (written out as
 * in {@link MontgomeryProduct}).
 */""",
[("""  /**
   * Writes the low 256 bits of a value congruent to (Σ x_k·y_k)·2^-256 + c over {@code n}
   * consecutive elements, and in (-r/2, 2.83r) for reduced inputs, and returns the word above them.
   */""",
  "static long dotUnreduced(\n      long[] xs, int xo, long[] ys, int yo, int n, long[] cs, int co, long[] out, int oo)",
  acc_init(True) + ["for (int k = 0; k < n; k++, xo += 4, yo += 4) {"] + ["  " + l for l in loop] + ["}"] + LOHI + reduction() + store())])

open(D + "MontgomeryProductPlus.java", "w").write(java_file("MontgomeryProductPlus",
"""/**
 * x·y·2^-256 + c mod r for {@link MontgomeryKernel#mulPlus}: the product of {@link
 * MontgomeryProduct} with the addend c entering the upper four columns (as c·2^256, which the
 * reduction leaves as c), so the sum costs eight additions and no separate carry chain, then
 * normalised in registers.
 */""",
[("""  /**
   * out = x·y·2^-256 + c mod r for inputs of magnitude below r and a reduced c: the product reduces
   * into (-r/2, 0.7r), so the sum lies in (-r/2, 1.7r) and one conditional addition and one
   * conditional subtraction of r normalise it. Reads c, x and y before writing, so out may alias
   * any of them.
   */""",
  "static void mulPlus(\n      long[] xs, int xo, long[] ys, int yo, long[] cs, int co, long[] out, int oo)",
  acc_init(True) + recode("x", "xs", "xo") + recode("y", "ys", "yo") + LOHI + products("x", "y") + reduction()
  + add_modulus_if_negative() + subtract_modulus_if_above("") + store_void())], normalised=True))

open(D + "MontgomeryPow5.java", "w").write(java_file("MontgomeryPow5",
"""/**
 * The Poseidon S-box x⁵·2^-1024 of {@link MontgomeryKernel#pow5} in one method: x², x⁴ and x⁴·x,
 * each with its reduction written out, the two squares kept in locals and unnormalised (their
 * values stay within (-r/2, 0.7r), which the next recoding reads correctly), so the S-box costs one
 * call and no intermediate stores.
 */""",
[("""  /** out = x⁵·2^-1024 mod r for x of magnitude below r; out may alias x. */""",
  "static void pow5(long[] xs, int xo, long[] out, int oo)", pow5_fused())], normalised=True))

open(D + "MontgomeryDot3.java", "w").write(java_file("MontgomeryDot3",
"""/**
 * The three-term dot product of {@link MontgomeryKernel#dot3}, unrolled (Poseidon's width 3 takes
 * one per partial round and three per full round), with its reduction and normalisation in the same
 * method.
 */""",
[("""  /**
   * out = (x_0·y_0 + x_1·y_1 + x_2·y_2)·2^-256 + c mod r over three consecutive elements of each
   * array, for reduced inputs; out may alias any input.
   */""",
  "static void dot3(\n      long[] xs, int xo, long[] ys, int yo, long[] cs, int co, long[] out, int oo)", dot_unrolled(3))], normalised=True))

open(D + "MontgomeryDot2.java", "w").write(java_file("MontgomeryDot2",
"""/**
 * The two-term dot product of {@link MontgomeryKernel#dot2}, unrolled: Poseidon's first full round
 * (element 0 is a constant there) and the paired column updates of the partial rounds (two rounds'
 * products into one reduction, see ScaledPoseidonSchedule) take it.
 */""",
[("""  /**
   * out = (x_0·y_0 + x_1·y_1)·2^-256 + c mod r over two consecutive elements of each array, for
   * reduced inputs; out may alias any input.
   */""",
  "static void dot2(\n      long[] xs, int xo, long[] ys, int yo, long[] cs, int co, long[] out, int oo)", dot_unrolled(2))], normalised=True))

for cls in ("MontgomeryDot2", "MontgomeryDot3"):
    p = D + cls + ".java"
    s = open(p).read()
    s = re.sub(r'([xy]o) \+ (\d+) \+ (\d+)', lambda m: f"{m.group(1)} + {int(m.group(2))+int(m.group(3))}", s)
    open(p, "w").write(s)


def signed_digits(q):
    """q's limbs as signed words: a limb with its top bit set borrows 2^64 from the next one."""
    limbs = [(q >> (64 * j)) & (2**64 - 1) for j in range(4)]
    out, c = [], 0
    for j in range(4):
        v = limbs[j] + c
        c = 1 if (v >> 63) and j < 3 else 0
        out.append(v - (c << 64))
    return out

def hex_long(v):
    return f"-0x{-v:x}L" if v < 0 else f"0x{v:x}L"

Q_BASE = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47
SQ = signed_digits(Q_BASE)
assert sum(d << (64 * j) for j, d in enumerate(SQ)) == Q_BASE
assert (-pow(Q_BASE, -1, 2**64)) % 2**64 == 0x87d20782e4866389

fq = ["package io.validium.zk.field;", ""]
fq += [f"import static io.validium.zk.field.FqArith.Q{j};" for j in range(4)]
fq += ["", """/**
 * Montgomery products for {@link FqArith}: x·y and x² times 2^-256 mod q, on four little-endian
 * 64-bit limbs.
 *
 * <p>Written by {@code core/src/codegen/montgomery_kernels.py} from the same steps as core's
 * scalar-field kernels (see core's {@code MontgomeryKernel}, {@code MontgomeryProduct}) with the
 * base-field modulus: operands recoded to signed digits so that {@link Math#multiplyHigh} is exact,
 * each column summed carry-free into a wrapping 64-bit accumulator and the sum of the words' upper
 * halves, the reduction and the normalisation written out in the same method (a shared reduction
 * passed eighteen accumulators on the stack). Change the script, not this file.
 */""", "final class FqKernel {", "",
       "  /** -q^-1 mod 2^64. */", "  private static final long INV = FqArith.INV;", "",
       "  /** q in signed digits: limbs 1 and 2 of q exceed 2^63, so each borrows 2^64 from the next. */",
       f"  private static final long S0 = {hex_long(SQ[0])};", ""]
fq += [f"  private static final long S{j} = {hex_long(SQ[j])};" for j in range(1, 4)]
fq += ["", "  private FqKernel() {}", ""]
fq_methods = [
    ("""  /**
   * out = x·y·2^-256 mod q. Both inputs must have magnitude below q (canonical values): the product
   * then reduces into (-q/2, 0.7q), which one conditional addition of q normalises; out may alias
   * either input.
   */""", "static void mul(long[] xs, int xo, long[] ys, int yo, long[] out, int oo)",
     ["normaliseBelowModulus(mulUnreduced(xs, xo, ys, yo, out, oo), out, oo);"]),
    ("""  /**
   * out = x²·2^-256 mod q for x of magnitude below q, normalised as in {@link #mul}; each cross
   * product is computed once and counted twice.
   */""", "static void square(long[] xs, int xo, long[] out, int oo)",
     ["normaliseBelowModulus(squareUnreduced(xs, xo, out, oo), out, oo);"]),
    ("""  /**
   * Writes the low 256 bits of a value congruent to x·y·2^-256 and in (-q/2, 1.83q), and returns
   * the word above them (0 or -1); the normalisation stays outside this method because in it the
   * kernel measured slower (BENCHMARKING.md, ADR 0042).
   */""", "private static long mulUnreduced(long[] xs, int xo, long[] ys, int yo, long[] out, int oo)",
     recode("x", "xs", "xo") + recode("y", "ys", "yo") + acc_init() + LOHI + products("x", "y") + reduction() + store()),
    ("""  /** The square counterpart of {@link #mulUnreduced}, with the same ranges. */""",
     "private static long squareUnreduced(long[] xs, int xo, long[] out, int oo)",
     recode("x", "xs", "xo") + acc_init() + LOHI + squares("x") + reduction() + store()),
    ("""  /** Adds q to the two's-complement value at out (sign in {@code carry}) if it is negative. */""",
     "private static void normaliseBelowModulus(long carry, long[] out, int oo)",
     ["long r0 = out[oo];", "long r1 = out[oo + 1];", "long r2 = out[oo + 2];", "long r3 = out[oo + 3];"]
     + add_modulus_if_negative("FqArith") + store_void())]
for mdoc, sig, body in fq_methods:
    fq += [mdoc, "  " + sig + " {"] + ["    " + l for l in body] + ["  }", ""]
fq[-1] = "}"
open(DZ + "FqKernel.java", "w").write("\n".join(fq) + "\n")
