/**
 * Exact money in fen (分) and ratios in basis points: no floating point anywhere money is
 * computed, stored or shown.
 */
@NullMarked
package org.gonghui.shared.money;

import org.jspecify.annotations.NullMarked;
