package org.gonghui.competition.internal.voting;

/**
 * Sends a voter's one-time code by SMS. The default writes it to the log; a real gateway
 * (a carrier's or a cloud SMS service) is a bean implementing this.
 */
public interface SmsSender {

	/** Sends {@code code} to {@code mobile} (11 digits) for the named round. */
	void sendVoteCode(String mobile, String code, String roundName);

}
