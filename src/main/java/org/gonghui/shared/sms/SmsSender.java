package org.gonghui.shared.sms;

/**
 * Sends one-time codes by SMS: a voter's, a team invitee's confirming their place, and a
 * worker's linking their account to their member record. The default writes a masked line
 * to the log; a real gateway (a carrier's or a cloud SMS service) is a bean implementing
 * this.
 */
public interface SmsSender {

	/** Sends {@code code} to {@code mobile} (11 digits) for the named round. */
	void sendVoteCode(String mobile, String code, String roundName);

	/**
	 * Sends {@code code} to {@code mobile} (11 digits, the invitee's roster number) to
	 * confirm joining the named team.
	 */
	void sendTeamInvitationCode(String mobile, String code, String teamName);

	/**
	 * Sends {@code code} to {@code mobile} (11 digits, the member's roster number) to
	 * link a worker account to the member (实名认证).
	 */
	void sendIdentityCode(String mobile, String code);

}
