#!/usr/bin/env python3
"""Spike of ADR 0048: a BN254 Fr Montgomery product in 5 limbs of 52 bits whose partial products
are computed on doubles with Math.fma (the FP pipes) instead of the integer multiplier.

For limbs a, b < 2^52 held exactly as doubles, the 104-bit product is split exactly into
    h = fma(a, b, 2^104)         2^104 + k·2^52, k = round(a·b / 2^52): the mantissa of h is k
    l = fma(a, b, -(h - 2^104))  a·b - k·2^52, exact, in [-2^51, 2^51]
and the integers come out of the raw bits with no conversion instruction:
    bits(h) - bits(2^104) = k,   bits(l + 3·2^51) - bits(2^52) = l + 2^51  (l + 3·2^51 in [2^52, 2^53])

Four variants, all written into the directory given as argument (one class each):

    Fr52Fma     the plain technique: each column sums the raw bits in a long (wrapping is harmless,
                the true sum fits) and subtracts the biases once; the reduction is word by word in
                column order with 52-bit digits m_k = (t_k · p') mod 2^52 (one integer multiply),
                m_k converted to a double once, m_k·p_j all by fma
    Fr52FmaInt  the same split for x·y (all 25 first) and m·p_j, j >= 2, but the digit path on the
                integer unit: carry = ceil(t_k / 2^52), m·p_0 and m·p_1 by 4 integer multiplies
    Fr52FmaCvt  Fr52FmaInt with the terms kept as small exact doubles (lo, and k by one more fma)
                summed in groups bounded by 2^53 and converted by one (long) cast per group
    Fr52FmaCol  Fr52FmaCvt computed column by column (less live state), k folded from h directly

Inputs below 2p give outputs below 2p (4p < 2^260) with limbs 0..3 below 2^52.
"""
import sys

R_FR = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001
N, W = 5, 52
MASK = (1 << W) - 1
BITS_2_52 = 0x4330000000000000
BITS_2_104 = (1023 + 104) << 52
LO_BIAS = BITS_2_52 + (1 << 51)  # what bits(l + 3·2^51) holds beyond l


def kernel(cls, mod):
    p = [(mod >> (W * j)) & MASK for j in range(N)]
    assert sum(v << (W * j) for j, v in enumerate(p)) == mod and 4 * mod < 1 << (N * W)
    pinv = (-pow(mod, -1, 1 << W)) % (1 << W)
    b = [f"double x{i} = xs[xo + {i}];" for i in range(N)]
    b += [f"double y{i} = ys[yo + {i}];" for i in range(N)]

    def pp(a, c, name):
        """Declares the hi and lo raw bits of a·c (a, c double names)."""
        b.extend([f"double h{name} = Math.fma({a}, {c}, C1);",
                  f"long hb{name} = Double.doubleToRawLongBits(h{name});",
                  f"long lb{name} = Double.doubleToRawLongBits(Math.fma({a}, {c}, C1 - h{name}) + C2);"])

    b.append("long acc = 0;")
    for k in range(2 * N):
        terms, bias = [], 0
        for (i, j) in [(i, k - i) for i in range(N) if 0 <= k - i < N]:
            pp(f"x{i}", f"y{j}", f"x{i}y{j}")
            terms.append(f"lbx{i}y{j}"); bias += LO_BIAS
        for (i, j) in [(i, k - 1 - i) for i in range(N) if 0 <= k - 1 - i < N]:
            terms.append(f"hbx{i}y{j}"); bias += BITS_2_104
        # Digits m_i with i < k (j >= 1); m_k's own term m_k·p_0 follows the digit below.
        for (i, j) in [(i, k - i) for i in range(min(k, N)) if 0 <= k - i < N]:
            pp(f"dm{i}", f"P{j}", f"m{i}p{j}")
            terms.append(f"lbm{i}p{j}"); bias += LO_BIAS
        for (i, j) in [(i, k - 1 - i) for i in range(N) if 0 <= k - 1 - i < N]:
            terms.append(f"hbm{i}p{j}"); bias += BITS_2_104
        if k < N:
            b.append(f"acc += {' + '.join(terms)} - 0x{bias % (1 << 64):x}L;")
            b += [f"long m{k} = (acc * PINV) & MASK;", f"double dm{k} = m{k};"]
            pp(f"dm{k}", "P0", f"m{k}p0")
            # The digit clears the low 52 bits, so the arithmetic shift is exact.
            b.append(f"acc = (acc + lbm{k}p0 - 0x{LO_BIAS:x}L) >> {W};")
        else:
            b.append(f"acc += {' + '.join(terms)} - 0x{bias % (1 << 64):x}L;")
            if k < 2 * N - 1:
                b += [f"long r{k - N} = acc & MASK;", f"acc >>= {W};"]
            else:
                b.append(f"long r{N - 1} = acc;")
    b += [f"out[oo + {i}] = r{i};" for i in range(N)]
    out = ["package spike;", "",
           f"/** {N} x {W}-bit Montgomery product, partial products by Math.fma (ADR 0048 spike). */",
           f"final class {cls} {{", "",
           "  static final double C1 = 0x1p104;", "  static final double C2 = 0x1.8p52;",
           f"  static final long MASK = 0x{MASK:x}L;", f"  static final long PINV = 0x{pinv:x}L;"]
    out += [f"  static final double P{j} = {p[j]}.0;" for j in range(N)]
    out += ["", f"  private {cls}() {{}}", "",
            f"  /** out = x·y·2^-{N * W} mod p, below 2p for inputs below 2p; out may alias x or y. */",
            "  static void mul(long[] xs, int xo, long[] ys, int yo, long[] out, int oo) {"]
    return "\n".join(out + ["    " + s for s in b] + ["  }", "}"]) + "\n"




def kernel_int(cls, mod):
    """The same split for x·y and for m·p_j with j >= 2, but the reduction's critical path on the
    integer unit: column k's carry is ceil(t_k / 2^52) (t_k + m_k·p_0 is a multiple of 2^52, so
    m_k·p_0's low half is never needed), and the products m_k·p_0, m_k·p_1 that feed the next digit
    are 4 integer multiplies from ms_k = m_k·2^11 (multiplyHigh(ms, 2·p_j) = floor(m·p_j / 2^52),
    (ms·2·p_j) >>> 12 = m·p_j mod 2^52)."""
    p = [(mod >> (W * j)) & MASK for j in range(N)]
    assert sum(v << (W * j) for j, v in enumerate(p)) == mod and 4 * mod < 1 << (N * W)
    pinv = (-pow(mod, -1, 1 << W)) % (1 << W)
    b = [f"double x{i} = xs[xo + {i}];" for i in range(N)]
    b += [f"double y{i} = ys[yo + {i}];" for i in range(N)]

    def pp(a, c, name):
        b.extend([f"double h{name} = Math.fma({a}, {c}, C1);",
                  f"long hb{name} = Double.doubleToRawLongBits(h{name});",
                  f"long lb{name} = Double.doubleToRawLongBits(Math.fma({a}, {c}, C1 - h{name}) + C2);"])

    # All of x·y first: it depends on nothing, so it fills the FP pipes while the digits wait.
    for i in range(N):
        for j in range(N):
            pp(f"x{i}", f"y{j}", f"x{i}y{j}")
    b.append("long carry = 0;")
    for k in range(2 * N):
        terms, bias = [], 0
        terms += [f"lbx{i}y{k - i}" for i in range(N) if 0 <= k - i < N]
        terms += [f"hbx{i}y{k - 1 - i}" for i in range(N) if 0 <= k - 1 - i < N]
        bias += LO_BIAS * sum(1 for i in range(N) if 0 <= k - i < N)
        bias += BITS_2_104 * sum(1 for i in range(N) if 0 <= k - 1 - i < N)
        for i in range(min(k, N)):
            if 2 <= k - i < N:
                terms.append(f"lbm{i}p{k - i}"); bias += LO_BIAS
            if 2 <= k - 1 - i < N:
                terms.append(f"hbm{i}p{k - 1 - i}"); bias += BITS_2_104
        ints = ["carry"]
        if 1 <= k <= N:
            ints += [f"hi{k - 1}p0", f"lo{k - 1}p1"]
        if 2 <= k <= N + 1:
            ints.append(f"hi{k - 2}p1")
        b.append(f"long rest{k} = {' + '.join(terms)} - 0x{bias % (1 << 64):x}L;")
        b.append(f"long t{k} = rest{k} + {' + '.join(ints)};")
        if k < N:
            b += [f"long ms{k} = (t{k} * PINV) << 12 >>> 1;",
                  f"carry = (t{k} + MASK) >> {W};",
                  f"long hi{k}p0 = Math.multiplyHigh(ms{k}, P0S);",
                  f"long hi{k}p1 = Math.multiplyHigh(ms{k}, P1S);",
                  f"long lo{k}p1 = (ms{k} * P1S) >>> 12;",
                  f"double dm{k} = ms{k} >>> 11;"]
            for j in range(2, N):
                pp(f"dm{k}", f"P{j}", f"m{k}p{j}")
        elif k < 2 * N - 1:
            b += [f"long r{k - N} = t{k} & MASK;", f"carry = t{k} >> {W};"]
        else:
            b.append(f"long r{N - 1} = t{k};")
    b += [f"out[oo + {i}] = r{i};" for i in range(N)]
    out = ["package spike;", "",
           f"/** {N} x {W}-bit Montgomery product, Math.fma partial products, integer digit path (ADR 0048 spike). */",
           f"final class {cls} {{", "",
           "  static final double C1 = 0x1p104;", "  static final double C2 = 0x1.8p52;",
           f"  static final long MASK = 0x{MASK:x}L;", f"  static final long PINV = 0x{pinv:x}L;",
           f"  static final long P0S = 0x{p[0] << 1:x}L;", f"  static final long P1S = 0x{p[1] << 1:x}L;"]
    out += [f"  static final double P{j} = {p[j]}.0;" for j in range(2, N)]
    out += ["", f"  private {cls}() {{}}", "",
            f"  /** out = x·y·2^-{N * W} mod p, below 2p for inputs below 2p; out may alias x or y. */",
            "  static void mul(long[] xs, int xo, long[] ys, int yo, long[] out, int oo) {"]
    return "\n".join(out + ["    " + s for s in b] + ["  }", "}"]) + "\n"




def kernel_cvt(cls, mod, by_column=False):
    """kernel_int with fewer FP-to-integer moves: lo = fma(a, b, n) with n = 2^104 - h = -k·2^52,
    and k = n·(-2^-52) folded in by one more fma, so each column's terms are small exact doubles
    (|lo| <= 2^51, 0 <= k < 2^52, k < 2^47 where a limb is x_4 or p_4) that are summed in groups
    whose bound stays within 2^53 (exact) and converted by one (long) cast per group."""
    p = [(mod >> (W * j)) & MASK for j in range(N)]
    assert sum(v << (W * j) for j, v in enumerate(p)) == mod and 4 * mod < 1 << (N * W)
    pinv = (-pow(mod, -1, 1 << W)) % (1 << W)
    b = [f"double x{i} = xs[xo + {i}];" for i in range(N)]
    b += [f"double y{i} = ys[yo + {i}];" for i in range(N)]
    xmax = [1 << W] * (N - 1) + [1 << (255 - W * (N - 1))]  # inputs below 2p < 2^255
    bound_hi = {}

    def pp(a, c, name, amax, cmax):
        if by_column:
            # h stays live instead of n: n dies in the lo fma, h folds in as h·2^-52 - 2^52 = k.
            b.extend([f"double h{name} = Math.fma({a}, {c}, C1);",
                      f"double l{name} = Math.fma({a}, {c}, C1 - h{name});"])
        else:
            b.extend([f"double n{name} = C1 - Math.fma({a}, {c}, C1);",
                      f"double l{name} = Math.fma({a}, {c}, n{name});"])
        bound_hi[name] = -(-(amax * cmax) // (1 << W))

    if not by_column:
        for i in range(N):
            for j in range(N):
                pp(f"x{i}", f"y{j}", f"x{i}y{j}", xmax[i], xmax[j])
    b.append("long carry = 0;")
    counter = [0]

    def column(los, his):
        """Longs holding the exact sum of lo terms los and hi terms his, in packed groups."""
        his = sorted(his, key=lambda h: bound_hi[h])
        groups = []
        while los or his:
            cap, lo_g, hi_g = 1 << 53, [], []
            extra = (1 << 52) if by_column else 0
            while his and bound_hi[his[-1]] + (extra if hi_g else 0) <= cap - (1 << 51) * min(2, len(los)):
                h = his.pop(); hi_g.append(h); cap -= bound_hi[h] + (extra if len(hi_g) > 1 else 0)
            while los and cap >= 1 << 51:
                lo_g.append(los.pop()); cap -= 1 << 51
            while his and bound_hi[his[0]] + (extra if hi_g else 0) <= cap:
                h = his.pop(0); hi_g.append(h); cap -= bound_hi[h] + (extra if len(hi_g) > 1 else 0)
            if not by_column:
                expr = " + ".join(f"l{t}" for t in lo_g)
                for h in hi_g:
                    expr = f"Math.fma(n{h}, M52, {expr})" if expr else f"n{h} * M52"
            elif not hi_g:
                expr = " + ".join(f"l{t}" for t in lo_g)
            else:
                # h·2^-52 = 2^52 + k, so fma(h, 2^-52, lo - 2^52) = k + lo, exact (|lo| <= 2^51);
                # every later partial sum stays within the group's cap of 2^53.
                first = f"l{lo_g[0]} - C52" if lo_g else "-C52"
                expr = " + ".join([f"Math.fma(h{hi_g[0]}, P52, {first})"] + [f"l{t}" for t in lo_g[1:]])
                for h in hi_g[1:]:
                    # The cap reserved 2^52 for each further h·2^-52 before its - 2^52.
                    expr = f"Math.fma(h{h}, P52, {expr}) - C52"
            counter[0] += 1
            g = f"g{counter[0]}"
            b.append(f"long {g} = (long) ({expr});")
            groups.append(g)
        return groups

    for k in range(2 * N):
        if by_column:
            for i in range(N):
                if 0 <= k - i < N:
                    pp(f"x{i}", f"y{k - i}", f"x{i}y{k - i}", xmax[i], xmax[k - i])
        los = [f"x{i}y{k - i}" for i in range(N) if 0 <= k - i < N]
        his = [f"x{i}y{k - 1 - i}" for i in range(N) if 0 <= k - 1 - i < N]
        for i in range(min(k, N)):
            if 2 <= k - i < N:
                los.append(f"m{i}p{k - i}")
            if 2 <= k - 1 - i < N:
                his.append(f"m{i}p{k - 1 - i}")
        ints = ["carry"]
        if 1 <= k <= N:
            ints += [f"hi{k - 1}p0", f"lo{k - 1}p1"]
        if 2 <= k <= N + 1:
            ints.append(f"hi{k - 2}p1")
        groups = column(los, his)
        b.append(f"long t{k} = {' + '.join(groups + ints)};")
        if k < N:
            b += [f"long ms{k} = (t{k} * PINV) << 12 >>> 1;",
                  f"carry = (t{k} + MASK) >> {W};",
                  f"long hi{k}p0 = Math.multiplyHigh(ms{k}, P0S);",
                  f"long hi{k}p1 = Math.multiplyHigh(ms{k}, P1S);",
                  f"long lo{k}p1 = (ms{k} * P1S) >>> 12;",
                  f"double dm{k} = ms{k} >>> 11;"]
            if not by_column:
                for j in range(2, N):
                    pp(f"dm{k}", f"P{j}", f"m{k}p{j}", 1 << W, p[j])
        elif k < 2 * N - 1:
            b += [f"long r{k - N} = t{k} & MASK;", f"carry = t{k} >> {W};"]
        else:
            b.append(f"long r{N - 1} = t{k};")
        if by_column:
            # The m_i·p_j whose low half lands in the next column, i + j = k + 1.
            for i in range(min(k + 1, N)):
                if 2 <= k + 1 - i < N:
                    pp(f"dm{i}", f"P{k + 1 - i}", f"m{i}p{k + 1 - i}", 1 << W, p[k + 1 - i])
    b += [f"out[oo + {i}] = r{i};" for i in range(N)]
    out = ["package spike;", "",
           f"/** {N} x {W}-bit Montgomery product, Math.fma, grouped conversions (ADR 0048 spike). */",
           f"final class {cls} {{", "",
           "  static final double C1 = 0x1p104;", "  static final double M52 = -0x1p-52;",
           "  static final double P52 = 0x1p-52;", "  static final double C52 = 0x1p52;",
           f"  static final long MASK = 0x{MASK:x}L;", f"  static final long PINV = 0x{pinv:x}L;",
           f"  static final long P0S = 0x{p[0] << 1:x}L;", f"  static final long P1S = 0x{p[1] << 1:x}L;"]
    out += [f"  static final double P{j} = {p[j]}.0;" for j in range(2, N)]
    out += ["", f"  private {cls}() {{}}", "",
            f"  /** out = x·y·2^-{N * W} mod p, below 2p for inputs below 2p; out may alias x or y. */",
            "  static void mul(long[] xs, int xo, long[] ys, int yo, long[] out, int oo) {"]
    return "\n".join(out + ["    " + s for s in b] + ["  }", "}"]) + "\n"
open(f"{sys.argv[1]}/Fr52Fma.java", "w").write(kernel("Fr52Fma", R_FR))
open(f"{sys.argv[1]}/Fr52FmaInt.java", "w").write(kernel_int("Fr52FmaInt", R_FR))
open(f"{sys.argv[1]}/Fr52FmaCvt.java", "w").write(kernel_cvt("Fr52FmaCvt", R_FR))
open(f"{sys.argv[1]}/Fr52FmaCol.java", "w").write(kernel_cvt("Fr52FmaCol", R_FR, by_column=True))
