package org.gonghui.gig;

import java.math.BigDecimal;

import org.gonghui.shared.web.GonghuiException;

/** The outcome of checking a post's pay against the minimum wage. */
public sealed interface PayCheck {

	/** Throws the refusal, if any, for the post form to show. */
	default void orThrow() {
		if (this instanceof Refused refused) {
			throw GonghuiException.invalidField("pay", refused.messageKey(), yuan(refused.payFen()),
					yuan(refused.minimumFen()));
		}
	}

	private static String yuan(long fen) {
		return BigDecimal.valueOf(fen, 2).toPlainString();
	}

	/** At or above the minimum. */
	record Accepted(long payFen, long minimumFen) implements PayCheck {
	}

	/**
	 * Below the minimum, or not checkable when it must be. Figures are in the unit the
	 * message names: per hour for hourly and piece rates, per day for day rates.
	 */
	record Refused(String messageKey, long payFen, long minimumFen) implements PayCheck {
	}

	/**
	 * No minimum wage is on file for the region: the post may go out, flagged for staff,
	 * since blocking every employer in a region for a missing table entry would punish
	 * the wrong party.
	 */
	record Unchecked(String reasonKey) implements PayCheck {
	}

}
