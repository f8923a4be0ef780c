package org.gonghui.member.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.crypto.PersonalDataCipher;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCodesTests {

	private final PersonalDataCipher cipher = new PersonalDataCipher(new byte[32], "h".repeat(32).getBytes());

	/** 2026-03-10 23:30 in Beijing. */
	private final Instant evening = Instant.parse("2026-03-10T15:30:00Z");

	@Test
	void eightDigitsPerAccountAndBeijingDayValidThatDayAndTheNext() {
		String code = at(this.evening).today(7);
		assertThat(code).matches("[0-9]{8}");
		assertThat(at(this.evening).today(8)).isNotEqualTo(code);
		assertThat(at(this.evening).matches(7, " " + code + " ")).isTrue();
		assertThat(at(this.evening).matches(8, code)).isFalse();
		// past Beijing midnight the code changes, and yesterday's still counts
		Instant afterMidnight = this.evening.plusSeconds(3600);
		assertThat(at(afterMidnight).today(7)).isNotEqualTo(code);
		assertThat(at(afterMidnight).matches(7, code)).isTrue();
		assertThat(at(this.evening.plusSeconds(2 * 86_400)).matches(7, code)).isFalse();
		assertThat(at(this.evening).matches(7, null)).isFalse();
		assertThat(at(this.evening).matches(7, "")).isFalse();
	}

	@Test
	void anotherHashKeyGivesOtherCodes() {
		PersonalDataCipher other = new PersonalDataCipher(new byte[32], "k".repeat(32).getBytes());
		assertThat(new CheckCodes(other, Clock.fixed(this.evening, ZoneOffset.UTC)).today(7))
			.isNotEqualTo(at(this.evening).today(7));
	}

	private CheckCodes at(Instant instant) {
		return new CheckCodes(this.cipher, Clock.fixed(instant, ZoneOffset.UTC));
	}

}
