package org.gonghui.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningIntervalTests {

	@Test
	void lasts720MinutesFrom0800To2000() {
		OpeningInterval day = OpeningInterval.of("08:00", "20:00");

		assertThat(day.lengthMinutes()).isEqualTo(720);
		assertThat(day.crossesMidnight()).isFalse();
	}

	@Test
	void lasts480MinutesAcrossMidnightFrom2200To0600() {
		OpeningInterval night = OpeningInterval.of("22:00", "06:00");

		assertThat(night.lengthMinutes()).isEqualTo(480);
		assertThat(night.crossesMidnight()).isTrue();
	}

	@Test
	void endingAt2400DoesNotCrossMidnight() {
		OpeningInterval evening = OpeningInterval.of("18:00", "24:00");

		assertThat(evening.lengthMinutes()).isEqualTo(360);
		assertThat(evening.crossesMidnight()).isFalse();
	}

	@Test
	void allDayLasts1440Minutes() {
		assertThat(OpeningInterval.allDay().lengthMinutes()).isEqualTo(1440);
		assertThat(OpeningInterval.allDay().isAllDay()).isTrue();
	}

}
