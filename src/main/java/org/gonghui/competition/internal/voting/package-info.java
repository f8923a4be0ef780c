/**
 * Online public voting for contest rounds: one-time-code verification, vote limits, rate
 * limits, the hash-chained vote log and its export.
 */
@NullMarked
package org.gonghui.competition.internal.voting;

import org.jspecify.annotations.NullMarked;
