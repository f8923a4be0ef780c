package org.gonghui.competition.internal.voting;

/**
 * Sends one-time codes by SMS: a voter's, and a team invitee's confirming their place.
 * The default writes it to the log; a real gateway (a carrier's or a cloud SMS service)
 * is a bean implementing this.
 */
public interface SmsSender {

	/** Sends {@code code} to {@code mobile} (11 digits) for the named round. */
	void sendVoteCode(String mobile, String code, String roundName);

	/**
	 * Sends {@code code} to {@code mobile} (11 digits, the invitee's roster number) to
	 * confirm joining the named team.
	 */
	void sendTeamInvitationCode(String mobile, String code, String teamName);

}
