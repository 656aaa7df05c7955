#!/usr/bin/env python3
"""Spike of ADR 0045 (rejected): unsaturated Montgomery products, n limbs of w bits held in longs.

Every partial product of two w-bit limbs is one plain 64-bit multiply (below 2^2w), and a column
sums up to 2n of them with no carry handling; the Montgomery reduction goes word by word with
w-bit digits, m = (t * p') & (2^w - 1). The result is lazy: below 2p for inputs below 2p, its
limbs below 2^w. Writes one Java class per variant into the directory given as argument:

    Fr29Fips  BN254 scalar field, 9 x 29 bits, column (FIPS) order: one accumulator, the
              reduction digit of column k taken as soon as the column is complete
    Fr29Sep   the same field and limbs, all 17 product columns first, then the reduction
    Fr26Fips  BN254 scalar field, 10 x 26 bits, column order
    Fq29Fips  BN254 base field, 9 x 29 bits, column order

run.sh compiles them with UnsaturatedSpike and MulRate against core's classes.
"""
import sys

R_FR = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001
Q_FQ = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47


def terms(pairs):
    return " + ".join(f"{a} * {b}" for a, b in pairs)


def body_fips(n, w):
    """Column k: the x·y products and the m_i·p_(k-i) of earlier digits, then digit or output."""
    b = ["long acc = 0;"]
    for k in range(2 * n - 1):
        lo, hi = max(0, k - n + 1), min(n - 1, k)
        pairs = [(f"x{i}", f"y{k - i}") for i in range(lo, hi + 1)]
        pairs += [(f"m{i}", f"P{k - i}") for i in range(lo, min(k - 1, n - 1) + 1)]
        b.append(f"acc += {terms(pairs)};")
        if k < n:
            # The digit clears the column's low w bits, so the shift is exact.
            b += [f"long m{k} = (acc * PINV) & MASK;", f"acc = (acc + m{k} * P0) >>> {w};"]
        else:
            b += [f"long r{k - n} = acc & MASK;", f"acc >>>= {w};"]
    return b + [f"long r{n - 1} = acc;"]


def body_separate(n, w):
    """All 2n-1 product columns, then n reduction steps, each adding m·p at column i."""
    b = [f"long t{k} = {terms([(f'x{i}', f'y{k - i}') for i in range(max(0, k - n + 1), min(n - 1, k) + 1)])};"
         for k in range(2 * n - 1)]
    b.append(f"long t{2 * n - 1} = 0;")
    for i in range(n):
        b.append(f"long m{i} = (t{i} * PINV) & MASK;")
        b += [f"t{i + j} += m{i} * P{j};" for j in range(n)]
        b.append(f"t{i + 1} += t{i} >>> {w};")
    for k in range(n, 2 * n - 1):
        b += [f"long r{k - n} = t{k} & MASK;", f"t{k + 1} += t{k} >>> {w};"]
    return b + [f"long r{n - 1} = t{2 * n - 1};"]


def java(cls, mod, n, w, body):
    mask = (1 << w) - 1
    p = [(mod >> (w * j)) & mask for j in range(n)]
    assert sum(v << (w * j) for j, v in enumerate(p)) == mod
    # Column bound: 2n products below 2^2w plus a carry stay below 2^63.
    assert 2 * n * (1 << (2 * w)) + (1 << 40) < 1 << 63
    pinv = (-pow(mod, -1, 1 << w)) % (1 << w)
    out = ["package spike;", "", f"/** {n} x {w}-bit unsaturated Montgomery product (ADR 0045 spike). */",
           f"final class {cls} {{", "", f"  static final int N = {n};", f"  static final int W = {w};",
           f"  static final long MASK = 0x{mask:x}L;", f"  static final long PINV = 0x{pinv:x}L;"]
    out += [f"  static final long P{j} = 0x{v:x}L;" for j, v in enumerate(p)]
    out += ["", f"  private {cls}() {{}}", "",
            f"  /** out = x·y·2^-{n * w} mod p, below 2p for inputs below 2p; out may alias x or y. */",
            "  static void mul(long[] xs, int xo, long[] ys, int yo, long[] out, int oo) {"]
    b = [f"long x{i} = xs[xo + {i}];" for i in range(n)] + [f"long y{i} = ys[yo + {i}];" for i in range(n)]
    b += body(n, w) + [f"out[oo + {i}] = r{i};" for i in range(n)]
    return "\n".join(out + ["    " + s for s in b] + ["  }", "}"]) + "\n"


VARIANTS = [("Fr29Fips", R_FR, 9, 29, body_fips), ("Fr29Sep", R_FR, 9, 29, body_separate),
            ("Fr26Fips", R_FR, 10, 26, body_fips), ("Fq29Fips", Q_FQ, 9, 29, body_fips)]

for cls, mod, n, w, body in VARIANTS:
    open(f"{sys.argv[1]}/{cls}.java", "w").write(java(cls, mod, n, w, body))
