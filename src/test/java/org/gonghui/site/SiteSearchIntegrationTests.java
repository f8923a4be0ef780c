package org.gonghui.site;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public search over HTTP on real PostgreSQL: distance order, open now, facilities.
 */
@IntegrationTest
class SiteSearchIntegrationTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	SiteFixtures fx;

	ApiClient anonymous;

	@BeforeEach
	void setUp() {
		this.fx = new SiteFixtures(this.port);
		this.anonymous = new ApiClient(this.port);
	}

	@Test
	void listsNearestFirstWithDistances() {
		long far = this.fx.site("远处驿站", this.fx.county, 5000, "DAILY 24h", List.of("DRINKING_WATER"));
		long near = this.fx.site("近处驿站", this.fx.county, 100, "DAILY 24h", List.of("DRINKING_WATER"));
		long middle = this.fx.site("中间驿站", this.fx.county, -1000, "DAILY 24h", List.of("DRINKING_WATER"));

		JsonNode found = search(this.fx.near() + "&limit=3");

		assertThat(ids(found)).containsExactly(near, middle, far);
		assertThat(found.get(0).get("distanceMetres").asLong()).isBetween(95L, 105L);
		assertThat(found.get(1).get("distanceText").asString()).isEqualTo("1.0 公里");
		assertThat(found.get(2).get("distanceMetres").asLong()).isBetween(4950L, 5050L);
	}

	@Test
	void facilitiesFilterKeepsOnlySitesWithEveryOneAskedFor() {
		long both = this.fx.site("水和微波炉", this.fx.county, 300, "DAILY 24h", List.of("DRINKING_WATER", "MICROWAVE"));
		this.fx.site("只有水", this.fx.county, 100, "DAILY 24h", List.of("DRINKING_WATER"));
		this.fx.site("只有微波炉", this.fx.county, 200, "DAILY 24h", List.of("MICROWAVE", "SEATS"));

		JsonNode found = search(this.fx.near() + "&facilities=DRINKING_WATER,MICROWAVE&limit=3");

		assertThat(found.get(0).get("id").asLong()).isEqualTo(both);
		assertThat(found.get(0).get("name").asString()).isEqualTo("水和微波炉");
		assertThat(ids(found)).hasSizeLessThanOrEqualTo(3).first().isEqualTo(both);
		for (JsonNode site : found) {
			List<String> codes = new ArrayList<>();
			site.get("facilities").forEach(f -> codes.add(f.get("code").asString()));
			assertThat(codes).contains("DRINKING_WATER", "MICROWAVE");
		}
	}

	/**
	 * The database's open-now condition agrees with {@link OpeningHours#isOpenAt} at
	 * every probed moment of a week, across midnight, and around holiday exceptions.
	 */
	@Test
	void openNowInTheDatabaseAgreesWithTheOpeningHoursRules() {
		Map<Long, OpeningHours> sites = new LinkedHashMap<>();
		String[] hours = { "MON-FRI 08:00-18:00", "DAILY 22:00-06:00", "DAILY 24h; 2026-10-01 closed",
				"MON 22:00-06:00; 2026-11-30 closed", "SUN 20:00-02:00; TUE 10:00-12:00,14:00-16:00",
				"SAT,SUN 09:00-17:00; 2026-12-01 23:00-01:00", "MON-SUN closed; 2026-12-02..2026-12-03 00:00-24:00" };
		for (int i = 0; i < hours.length; i++) {
			sites.put(this.fx.site("时段" + i, this.fx.county, 10 * (i + 1), hours[i], List.of()),
					OpeningHours.parse(hours[i]));
		}
		List<LocalDateTime> moments = new ArrayList<>();
		for (LocalDateTime t = LocalDateTime.of(2026, 11, 29, 0, 0); t
			.isBefore(LocalDateTime.of(2026, 12, 5, 0, 0)); t = t.plusMinutes(105)) {
			moments.add(t);
		}
		moments.addAll(List.of(LocalDateTime.of(2026, 10, 1, 12, 0), LocalDateTime.of(2026, 10, 2, 0, 0),
				LocalDateTime.of(2026, 11, 30, 23, 59), LocalDateTime.of(2026, 12, 1, 5, 59),
				LocalDateTime.of(2026, 12, 1, 6, 0), LocalDateTime.of(2026, 12, 2, 0, 30),
				LocalDateTime.of(2026, 12, 1, 23, 0), LocalDateTime.of(2026, 11, 30, 1, 59),
				LocalDateTime.of(2026, 11, 30, 2, 0), LocalDateTime.of(2026, 12, 4, 0, 0)));
		for (LocalDateTime moment : moments) {
			Set<Long> expected = new HashSet<>();
			sites.forEach((id, h) -> {
				if (h.isOpenAt(moment.atZone(BEIJING))) {
					expected.add(id);
				}
			});
			JsonNode found = search(this.fx.near() + "&openNow=true&limit=20&at=" + moment);
			Set<Long> actual = new HashSet<>(ids(found));
			actual.retainAll(sites.keySet());
			assertThat(actual).as("open at %s", moment).isEqualTo(expected);
			for (JsonNode site : found) {
				assertThat(site.get("openNow").asBoolean()).as("openNow flag at %s", moment).isTrue();
			}
		}
	}

	@Test
	void nearestOpenStationWithWaterAtNightSkipsClosedAndDryOnes() {
		this.fx.site("白天驿站", this.fx.county, 50, "DAILY 08:00-20:00", List.of("DRINKING_WATER"));
		this.fx.site("无水驿站", this.fx.county, 80, "DAILY 24h", List.of("SEATS"));
		long open = this.fx.site("夜间有水驿站", this.fx.county, 400, "DAILY 18:00-06:00", List.of("DRINKING_WATER"));

		JsonNode found = search(
				this.fx.near() + "&openNow=true&facilities=DRINKING_WATER&limit=1&at=2026-11-25T23:30:00%2B08:00");

		assertThat(ids(found)).containsExactly(open);
	}

	@Test
	void gcj02PointsAreConvertedBeforeMeasuring() {
		long site = this.fx.site("坐标转换驿站", this.fx.county, 0, "DAILY 24h", List.of());
		org.gonghui.shared.geo.GeoPoint gcj = org.gonghui.shared.geo.ChinaCoordinates
			.wgs84ToGcj02(new org.gonghui.shared.geo.GeoPoint(this.fx.centreLat, this.fx.centreLon));

		JsonNode found = search("lat=" + gcj.lat() + "&lon=" + gcj.lon() + "&crs=GCJ02&limit=1");

		assertThat(ids(found)).containsExactly(site);
		assertThat(found.get(0).get("distanceMetres").asLong()).isLessThanOrEqualTo(1);
		assertThat(found.get(0).get("gcjLat").asDouble()).isCloseTo(gcj.lat(),
				org.assertj.core.data.Offset.offset(1e-6));
		assertThat(found.get(0).get("amapUrl").asString()).contains("position=" + String.format("%.6f", gcj.lon()));
	}

	@Test
	void badParametersAreRefusedWithProblemDetails() {
		Response onlyLat = this.anonymous.get("/api/v1/public/sites?lat=30");
		assertThat(onlyLat.status()).isEqualTo(422);
		assertThat(onlyLat.json().get("detail").asString()).contains("纬度");
		assertThat(this.anonymous.get("/api/v1/public/sites?lat=30&lon=abc").status()).isEqualTo(400);
		assertThat(this.anonymous.get("/api/v1/public/sites?facilities=GOLD_TAPS").status()).isEqualTo(400);
		assertThat(this.anonymous.get("/api/v1/public/sites?at=yesterday").status()).isEqualTo(422);
		assertThat(this.anonymous.get("/api/v1/public/sites?lat=30&lon=110&crs=BD09").status()).isEqualTo(422);
		assertThat(this.anonymous.get("/api/v1/public/sites/999999999").status()).isEqualTo(404);
	}

	@Test
	void suspendedSitesAreNotShownToThePublic() {
		long site = this.fx.site("暂停驿站", this.fx.county, 10, "DAILY 24h", List.of());
		JsonNode view = this.fx.admin.get("/api/v1/sites/" + site).json();
		Map<String, Object> form = new LinkedHashMap<>();
		view.properties().forEach(e -> form.put(e.getKey(), e.getValue()));
		form.put("status", "SUSPENDED");
		Response updated = this.fx.put("/api/v1/sites/" + site, form);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);

		assertThat(ids(search(this.fx.near() + "&limit=5"))).doesNotContain(site);
		assertThat(this.anonymous.get("/api/v1/public/sites/" + site).status()).isEqualTo(404);
	}

	private JsonNode search(String query) {
		Response response = this.anonymous.get("/api/v1/public/sites?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<Long> ids(JsonNode sites) {
		List<Long> ids = new ArrayList<>();
		sites.forEach(site -> ids.add(site.get("id").asLong()));
		return ids;
	}

}
