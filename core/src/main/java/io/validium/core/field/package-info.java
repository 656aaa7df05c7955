/** The BN254 scalar field: the immutable {@link Fr} value type and its in-place engine. */
package io.validium.core.field;
