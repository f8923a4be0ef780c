package org.gonghui.shared.sms;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class OnScreenCodesTests {

	@Test
	void theOldVotingSwitchCountsWhenTheSmsOneIsUnset() {
		assertThat(shown(new MockEnvironment().withProperty("gonghui.demo", "true")
			.withProperty("gonghui.voting.show-codes", "false"))).isFalse();
		assertThat(shown(new MockEnvironment().withProperty("gonghui.demo", "false")
			.withProperty("gonghui.voting.show-codes", "true"))).isTrue();
		// the new name wins
		assertThat(shown(new MockEnvironment().withProperty("gonghui.sms.show-codes", "true")
			.withProperty("gonghui.voting.show-codes", "false"))).isTrue();
	}

	@Test
	void bothUnsetItFollowsTheDemoMode() {
		assertThat(shown(new MockEnvironment().withProperty("gonghui.demo", "true"))).isTrue();
		assertThat(shown(new MockEnvironment().withProperty("gonghui.demo", "false"))).isFalse();
		assertThat(shown(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/gonghui")))
			.isFalse();
		assertThat(shown(new MockEnvironment())).isTrue();
	}

	private static boolean shown(MockEnvironment environment) {
		return new OnScreenCodes(environment).shown();
	}

}
