package org.gonghui.gig;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.shared.geo.ChinaCoordinates;
import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The gig pages' maps without a browser: markers in GCJ-02, the picker's conversion back
 * to WGS-84, and the post form's numeric fields for those without JavaScript.
 */
@IntegrationTest
class GigMapIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	GigTestMarket market;

	@BeforeEach
	void market() {
		this.market = new GigTestMarket(this.port);
	}

	@Test
	void aPointPickedOnTheTilesComesBackAsWgs84() {
		GeoPoint wgs = GeoPoint.of(32.009, 112.122);
		GeoPoint gcj = ChinaCoordinates.wgs84ToGcj02(wgs);

		JsonNode back = new ApiClient(this.port)
			.get("/api/v1/public/gig/wgs84?gcjLat=" + gcj.lat() + "&gcjLon=" + gcj.lon())
			.json();

		assertThat(back.get("lat").asDouble()).isCloseTo(wgs.lat(), within(1e-6));
		assertThat(back.get("lon").asDouble()).isCloseTo(wgs.lon(), within(1e-6));
		assertThat(new ApiClient(this.port).get("/api/v1/public/gig/wgs84?gcjLat=95&gcjLon=112").status())
			.isEqualTo(422);
	}

	@Test
	void searchResultsCarryTheirMarkersInGcj02() {
		String title = "地图标记岗位" + System.nanoTime() % 100_000;
		ApiClient employer = this.market.employer();
		this.market.publish(employer, this.market.post(title, "搬运工", "搬运"));
		GeoPoint gcj = ChinaCoordinates.wgs84ToGcj02(GeoPoint.of(this.market.lat, this.market.lon));

		String page = ConsoleClient.signIn(this.port, "admin", "Admin12345")
			.get("/public/gig?" + this.market.near(1))
			.body();

		assertThat(page).contains("id=\"gig-map\"").contains("tileUrl");
		assertThat(page).contains("data-gcj-lat=\"" + gcj.lat() + "\"").contains("data-gcj-lon=\"" + gcj.lon() + "\"");
	}

	@Test
	void withoutJavaScriptThePostFormTakesTheNumericCoordinates() {
		String username = this.market.account("EMPLOYER", this.market.unionA, "招聘专员");
		ConsoleClient employer = ConsoleClient.signIn(this.port, username, "Passw0rd!");
		String form = employer.get("/employer/gig").body();
		assertThat(form).contains("name=\"lat\" type=\"number\"").contains("id=\"gig-picker\"");
		String title = "无脚本岗位" + System.nanoTime() % 100_000;
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("trade", "搬运工");
		fields.put("description", "搬运");
		fields.put("payUnit", "DAY");
		fields.put("pay", "250");
		fields.put("regionCode", "420602");
		fields.put("address", "测试路 2 号");
		fields.put("lat", "32.0123");
		fields.put("lon", "112.1456");
		fields.put("workDate", this.market.today.plusDays(1).toString());
		fields.put("startTime", "08:00");
		fields.put("endTime", "17:00");
		fields.put("headcount", "1");

		ConsoleClient.Page posted = employer.post("/employer/gig/posts", fields);

		assertThat(posted.status()).as(posted.body()).isEqualTo(302);
		assertThat(posted.location()).contains("/employer/gig/posts/");
		Map<String, Object> row = this.jdbc.sql("select lat, lon, instant_hire from gig.post where title = :title")
			.param("title", title)
			.query()
			.singleRow();
		assertThat(row).containsEntry("lat", 32.0123)
			.containsEntry("lon", 112.1456)
			.containsEntry("instant_hire", false);
	}

}
