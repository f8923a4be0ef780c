/** The arithmetic, hashing and font details behind the competition API. */
@NullMarked
package org.gonghui.competition.internal;

import org.jspecify.annotations.NullMarked;
