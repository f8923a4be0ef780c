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

	@Test
	void theSearchAreaHoldsEveryPointOfTheCircleAndLittleMore() {
		double[][] centres = { { 32.04, 112.14 }, { 3.8, 73.5 }, { 53.6, 135.1 }, { 0, 0 }, { -60, -170 }, { 85, 10 } };
		for (double[] centre : centres) {
			for (double km : new double[] { 0.1, 10, 200 }) {
				PostRepository.Area area = PostRepository.Area.around(centre[0], centre[1], km * 1000);
				double angle = km * 1000 / PostRepository.Area.EARTH_RADIUS;
				for (int degrees = 0; degrees < 360; degrees++) {
					double[] point = destination(centre[0], centre[1], angle, Math.toRadians(degrees));
					assertThat(point[0]).as("%s,%s %s km %s°", centre[0], centre[1], km, degrees)
						.isBetween(area.latMin(), area.latMax());
					if (area.boundsLongitude()) {
						assertThat(point[1]).as("%s,%s %s km %s°", centre[0], centre[1], km, degrees)
							.isBetween(area.lonMin(), area.lonMax());
					}
				}
				// and not much more: one per cent further north or east is outside
				assertThat(destination(centre[0], centre[1], angle * 1.01, 0)[0]).isGreaterThan(area.latMax());
				if (area.boundsLongitude()) {
					double widest = Math
						.toDegrees(Math.asin(Math.sin(angle * 1.01) / Math.cos(Math.toRadians(centre[0]))));
					assertThat(centre[1] + widest).isGreaterThan(area.lonMax());
				}
			}
		}
		// the circle around a pole or across the 180th meridian: latitudes only
		assertThat(PostRepository.Area.around(89.95, 20, 10_000).boundsLongitude()).isFalse();
		assertThat(PostRepository.Area.around(10, 179.95, 10_000).boundsLongitude()).isFalse();
		assertThat(PostRepository.Area.around(32.04, 112.14, 10_000).boundsLongitude()).isTrue();
	}

	/**
	 * The point at an angle (radians, at the centre) and bearing from a point (degrees).
	 */
	static double[] destination(double lat, double lon, double angle, double bearing) {
		double phi = Math.toRadians(lat);
		double phi2 = Math.asin(Math.sin(phi) * Math.cos(angle) + Math.cos(phi) * Math.sin(angle) * Math.cos(bearing));
		double lambda2 = Math.toRadians(lon) + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(phi),
				Math.cos(angle) - Math.sin(phi) * Math.sin(phi2));
		return new double[] { Math.toDegrees(phi2), Math.toDegrees(lambda2) };
	}

	@Test
	void theSearchConditionsAndTheirValuesAreBuiltTogether() {
		PostSearch everything = new PostSearch("水暖", "水暖工", 2600L, 32.04, 112.14, 10.0, LocalDate.of(2026, 12, 8),
				LocalDate.of(2026, 12, 15));
		PostSearch nothing = new PostSearch(null, null, null, null, null, null, null, null);
		for (PostSearch search : List.of(everything, nothing)) {
			PostRepository.Where where = PostRepository.where(search, search.q() == null ? null : "'水暖':*",
					java.time.Instant.parse("2026-12-07T16:00:00Z"), LocalDate.of(2026, 12, 8));
			Set<String> named = new java.util.HashSet<>();
			java.util.regex.Matcher names = java.util.regex.Pattern.compile("(?<!:):([a-zA-Z]+)").matcher(where.sql());
			while (names.find()) {
				named.add(names.group(1));
			}
			assertThat(named).as(where.sql()).isEqualTo(where.params().keySet());
		}
		PostRepository.Where all = PostRepository.where(everything, "'水暖':*", java.time.Instant.now(),
				LocalDate.of(2026, 12, 8));
		assertThat(all.sql()).contains("p.lat between", "p.lon between", "earth_distance", "search_text @@",
				"p.trade =", "hourly_equivalent_fen >=", "p.work_date >= :from", "p.work_date <= :to");
		assertThat(all.params()).containsEntry("metres", 10_000.0).containsEntry("trade", "水暖工");
	}

}
