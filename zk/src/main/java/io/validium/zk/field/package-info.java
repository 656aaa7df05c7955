/**
 * The BN254 base field Fq and its tower Fq2 = Fq[u]/(u² + 1), Fq6 = Fq2[v]/(v³ - (9 + u)), Fq12 =
 * Fq6[w]/(w² - v): immutable value types for APIs and tests, in-place engines for hot loops.
 */
package io.validium.zk.field;
