package org.gonghui.competition.internal.voting;

import java.util.Map;

/**
 * The online public vote of a contest round (网络投票), as the rest of the competition module
 * sees it. A round whose components include an online vote opens a ballot; the public
 * votes on its candidates under the round's voting rule; the counts feed the round's vote
 * component. Counts come from the stored, hash-chained vote log, so they equal a recount
 * from its export.
 */
public interface Ballots {

	/** Opens (or, before any vote is cast, replaces) the ballot of a round. */
	void open(BallotSpec spec);

	/** Stops accepting votes now; later votes are refused with a clear message. */
	void close(long roundId);

	/** Accepted votes per entrant id; entrants without votes are absent. */
	Map<Long, Long> counts(long roundId);

}
