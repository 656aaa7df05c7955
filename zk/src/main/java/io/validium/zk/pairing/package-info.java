/** The optimal ate pairing of BN254: Miller loop, final exponentiation and product checks. */
package io.validium.zk.pairing;
