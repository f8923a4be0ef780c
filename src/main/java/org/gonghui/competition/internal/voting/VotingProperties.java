package org.gonghui.competition.internal.voting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of online voting ({@code gonghui.voting.*}).
 *
 * @param codeTtl how long a one-time code is valid
 * @param codeAttempts wrong guesses allowed per code
 * @param tokenTtl how long a voter stays verified
 * @param ipVotesPerSecond sustained votes per second from one IP address
 * @param ipVoteBurst votes one IP address may send at once
 * @param ipCodesPerHour code requests per hour from one IP address
 * @param mobileCodesPerHour codes per hour sent to one number
 * @param burstPerMinute accepted votes per minute from one network that flag it
 * @param maxBatch most votes the writer commits in one transaction
 * @param queueCapacity votes waiting for the writer before new ones are turned away
 */
@ConfigurationProperties("gonghui.voting")
record VotingProperties(@DefaultValue("5m") Duration codeTtl, @DefaultValue("5") int codeAttempts,
		@DefaultValue("2h") Duration tokenTtl, @DefaultValue("5") double ipVotesPerSecond,
		@DefaultValue("60") int ipVoteBurst, @DefaultValue("30") int ipCodesPerHour,
		@DefaultValue("5") int mobileCodesPerHour, @DefaultValue("120") int burstPerMinute,
		@DefaultValue("1000") int maxBatch, @DefaultValue("50000") int queueCapacity) {

}
