package org.gonghui.competition.internal.voting;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.crypto.PersonalDataCipher;

import static org.assertj.core.api.Assertions.assertThat;

class VoterTokensTests {

	private final VotingKeys keys = new VotingKeys(new PersonalDataCipher(new byte[32], "k".repeat(32).getBytes()));

	private final VoterTokens tokens = new VoterTokens(this.keys);

	private final Instant now = Instant.parse("2025-05-20T02:00:00Z");

	private final VoterTokens.VoterToken token = new VoterTokens.VoterToken(UUID.randomUUID(), 42,
			this.keys.mobileVoter(42, "13800138000"), this.now.plusSeconds(3600));

	@Test
	void acceptsItsOwnUnexpiredToken() {
		assertThat(this.tokens.verify(this.tokens.issue(this.token), this.now)).contains(this.token);
	}

	@Test
	void refusesAnExpiredToken() {
		assertThat(this.tokens.verify(this.tokens.issue(this.token), this.now.plusSeconds(3600))).isEmpty();
	}

	@Test
	void refusesATokenWhoseRoundOrVoterWasChanged() {
		String issued = this.tokens.issue(this.token);
		assertThat(this.tokens.verify("43" + issued.substring(2), this.now)).isEmpty();
		String otherVoter = this.keys.mobileVoter(42, "13900139000");
		assertThat(this.tokens.verify(issued.replace(this.token.voterHash(), otherVoter), this.now)).isEmpty();
		assertThat(this.tokens.verify("garbage", this.now)).isEmpty();
		assertThat(this.tokens.verify("", this.now)).isEmpty();
	}

	@Test
	void theSameNumberHasOnePseudonymPerRoundAndDifferentOnesAcrossRounds() {
		assertThat(this.keys.mobileVoter(42, "+86 138 0013 8000")).isEqualTo(this.keys.mobileVoter(42, "13800138000"));
		assertThat(this.keys.mobileVoter(43, "13800138000")).isNotEqualTo(this.keys.mobileVoter(42, "13800138000"));
		assertThat(this.keys.memberVoter(42, 7)).isNotEqualTo(this.keys.memberVoter(43, 7));
	}

}
