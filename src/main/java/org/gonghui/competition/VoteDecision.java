package org.gonghui.competition;

import org.jspecify.annotations.Nullable;

/** Whether a vote is accepted, and if not, the message key telling the voter why. */
public record VoteDecision(boolean accepted, @Nullable String refusalKey) {

	private static final VoteDecision ACCEPT = new VoteDecision(true, null);

	public static VoteDecision accept() {
		return ACCEPT;
	}

	public static VoteDecision refuse(String messageKey) {
		return new VoteDecision(false, messageKey);
	}

}
