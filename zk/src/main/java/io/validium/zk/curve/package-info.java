/**
 * The BN254 groups: G1 on y² = x³ + 3 over Fq and G2 on its sextic twist over Fq2, as immutable
 * Jacobian points with in-place engines for hot loops.
 */
package io.validium.zk.curve;
