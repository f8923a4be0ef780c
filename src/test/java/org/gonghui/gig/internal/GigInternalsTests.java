package org.gonghui.gig.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gonghui.gig.GigPostDraft;
import org.gonghui.gig.PayUnit;
import org.gonghui.gig.TimeWindow;

import static org.assertj.core.api.Assertions.assertThat;

class GigInternalsTests {

	static GigPostDraft draft(PayUnit unit, long payFen, Long estimate) {
		return new GigPostDraft("岗位", "工种", "内容", null, null, unit, payFen, estimate, "420602", "地址", 32, 112,
				LocalDate.of(2026, 12, 1), LocalTime.of(8, 0), LocalTime.of(17, 0), 1, false, null, null);
	}

	@Test
	void payFilterComparesADayRateAsEightHoursAndAPieceRateByItsEstimate() {
		assertThat(GigPosts.hourlyEquivalent(draft(PayUnit.HOUR, 2500, null))).isEqualTo(2500);
		assertThat(GigPosts.hourlyEquivalent(draft(PayUnit.DAY, 24000, null))).isEqualTo(3000);
		assertThat(GigPosts.hourlyEquivalent(draft(PayUnit.PIECE, 50, 2800L))).isEqualTo(2800);
	}

	@Test
	void radiusAppliesOnlyWithAPointAndIsClampedTo200Km() {
		assertThat(new PostSearch(null, null, null, null, null, 5.0, null, null).radiusKm()).isNull();
		assertThat(new PostSearch(null, null, null, 32.0, 112.0, null, null, null).radiusKm())
			.isEqualTo(PostSearch.DEFAULT_KM);
		assertThat(new PostSearch(null, null, null, 32.0, 112.0, 5000.0, null, null).radiusKm()).isEqualTo(200);
	}

	@Test
	void weeklyHoursBecomeAWindowOnTheJobsDateOnlyOnAWorkingDay() {
		WorkerProfiles.Profile weekdays = new WorkerProfiles.Profile(1, "王", null, List.of("电工"), List.of(), null,
				List.of(), null, null, Set.of(1, 2, 3, 4, 5), LocalTime.of(8, 0), LocalTime.of(12, 0));
		LocalDate monday = LocalDate.of(2026, 11, 30);

		assertThat(Applications.availabilityOn(weekdays, monday)).containsExactly(new TimeWindow(
				LocalDateTime.of(monday, LocalTime.of(8, 0)), LocalDateTime.of(monday, LocalTime.of(12, 0))));
		assertThat(Applications.availabilityOn(weekdays, monday.plusDays(6))).isEmpty();
	}

	@Test
	void splitsTradeListsOnChineseAndLatinSeparators() {
		assertThat(GigPortalController.list("水暖工，电工、 瓦工,木工")).containsExactly("水暖工", "电工", "瓦工", "木工");
	}

}
