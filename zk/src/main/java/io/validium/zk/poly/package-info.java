/** Polynomials over the BN254 scalar field: evaluation domains and radix-2 NTTs. */
package io.validium.zk.poly;
