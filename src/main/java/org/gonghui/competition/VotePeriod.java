package org.gonghui.competition;

/** The window a voter's allowance applies to. */
public enum VotePeriod {

	/** Calendar day in China Standard Time ({@link VotingRule#CONTEST_ZONE}). */
	PER_DAY,
	/** The whole voting round. */
	PER_ROUND

}
