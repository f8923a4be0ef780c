package org.gonghui.competition;

import org.jspecify.annotations.Nullable;

/**
 * A judge (评委) assigned to a round; {@code employerId} is the organisation they work for,
 * if any.
 */
public record Judge(long judgeId, @Nullable Long employerId) {

	/**
	 * A judge may not score someone from their own employer (回避制度), nor a team with any
	 * member from it: contest practice, and what issue 4 requires. Unknown employers on
	 * either side do not conflict.
	 */
	public boolean conflictsWith(Entrant entrant) {
		return this.employerId != null && entrant.employerIds().contains(this.employerId);
	}

}
