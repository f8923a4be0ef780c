package org.gonghui.competition;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;

/**
 * Running a contest, for the module's own pages and for demo data. Staff commands take
 * the caller's data scope: a contest outside it is not found. Refusals are
 * {@link org.gonghui.shared.web.GonghuiException}s with a {@code competition.*} key.
 */
public interface Contests {

	long create(DataScope scope, ContestDraft draft);

	/** Adds the next round; only before the contest's rounds have started. */
	long addRound(DataScope scope, long contestId, RoundDraft draft);

	/**
	 * Assigns a JUDGE account; {@code employerOrgId} is the judge's own employer's union.
	 * {@code chief} null keeps an assigned judge's role and makes a new one an ordinary
	 * judge. Once the round has started the chief judge is fixed here: naming another
	 * chief, or reassigning the chief as an ordinary judge, is refused (as is unassigning
	 * them); {@link #replaceChief} is the way then.
	 */
	void assignJudge(DataScope scope, long roundId, long judgeAccountId, @Nullable Long employerOrgId,
			@Nullable Boolean chief);

	/**
	 * Replaces the chief judge, with a reason, when the chief can no longer serve: the
	 * former chief stays an ordinary judge (their sheets count), the new chief is
	 * assigned if they were not (with {@code employerOrgId}). Refused once the round is
	 * published or when it has no chief to replace.
	 */
	void replaceChief(DataScope scope, long roundId, long judgeAccountId, @Nullable Long employerOrgId, String reason);

	/**
	 * Takes a judge off a round; refused once they have submitted a sheet in it
	 * (submitted sheets are locked and count).
	 */
	void unassignJudge(DataScope scope, long roundId, long judgeAccountId);

	/**
	 * A worker signs up on the portal during the sign-up window, as the member their
	 * account is linked to (403 {@code identity.link-required} without a link; the
	 * sign-up's name and ID number are not used); in a team contest as captain, inviting
	 * the other members: each joins only on confirming from their own linked account, and
	 * nobody is looked up on the captain's behalf.
	 */
	long signUp(CurrentUser worker, long contestId, SignUp signUp);

	/**
	 * A union in the organiser's subtree nominates one of its members, or a team of them
	 * (staff act within their scope: nominated members are on the team at once).
	 */
	long nominate(DataScope scope, long contestId, SignUp signUp);

	/**
	 * Accepts an eligible entry and gives it the next number; a team only once every
	 * invited member has confirmed and it is of the contest's size.
	 */
	String accept(DataScope scope, long entryId);

	void reject(DataScope scope, long entryId, String reason);

	/**
	 * Opens a round: fixes its entrants (all accepted for the first, those advancing for
	 * later ones) and, with an online-vote component, opens the ballot until
	 * {@code voteClosesAt}.
	 */
	void openRound(DataScope scope, long roundId, @Nullable Instant voteClosesAt);

	/** A judge submits and locks one entrant's sheet. */
	void submitScores(CurrentUser judge, long roundId, long entryId, Map<String, BigDecimal> points);

	void recordObjective(DataScope scope, long roundId, long entryId, @Nullable BigDecimal score,
			@Nullable Duration time);

	/**
	 * Final vote counts taken outside this platform's ballot (e.g. a contest's history):
	 * the round's ballot, if open, is closed and these counts are the vote component.
	 */
	void recordVoteCounts(DataScope scope, long roundId, Map<Long, Long> votesByEntry);

	/** Stops voting and scoring and computes the ranking, not yet public. */
	void closeRound(DataScope scope, long roundId);

	/**
	 * The chief judge publishes the round's ranking (staff, if the round has no chief
	 * judge); the final round's publication awards the prizes.
	 */
	void publish(CurrentUser publisher, long roundId);

}
