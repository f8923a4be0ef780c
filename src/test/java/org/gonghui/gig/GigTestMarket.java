package org.gonghui.gig;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.gonghui.shared.BusinessTime;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * A small market for the gig tests, built through the API: a union tree with two
 * counties, an enterprise employer in county A, staff accounts, and a random spot far
 * from other tests' posts so searches by distance see only this test's posts.
 */
final class GigTestMarket {

	final int port;

	final ApiClient admin;

	final long city;

	final long countyA;

	final long countyB;

	final long unionA;

	final long unionB;

	/** A point of its own (WGS-84), somewhere in China's interior. */
	final double lat;

	final double lon;

	final LocalDate today = LocalDate.now(BusinessTime.ZONE);

	GigTestMarket(int port) {
		this.port = port;
		this.admin = new ApiClient(port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		long suffix = System.nanoTime() % 1_000_000;
		long province = org(body("name", "零工测试省总工会" + suffix, "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		this.city = org(body("name", "零工测试市总工会" + suffix, "type", "CITY_FEDERATION", "parentId", province, "regionCode",
				"420600"));
		this.countyA = org(body("name", "零工甲区总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420602"));
		this.countyB = org(body("name", "零工乙县总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420625"));
		this.unionA = union(this.countyA, "甲区水务公司" + suffix, "420602");
		this.unionB = union(this.countyB, "乙县物流公司" + suffix, "420625");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		// a random spot in a wide box, so that the markets of different tests (searches
		// up to 30 km) rarely meet, and away from the demo city (Xiangyang, 32°N 112°E),
		// whose gig posts the demo test loads into the same database
		double lat;
		double lon;
		do {
			lat = 22 + random.nextDouble(23);
			lon = 85 + random.nextDouble(35);
		}
		while (Math.abs(lat - 32) < 1.5 && Math.abs(lon - 112) < 1.5);
		this.lat = lat;
		this.lon = lon;
		// the same standard for every test; a second entry of it is refused as a
		// duplicate
		Response wage = this.admin.post("/api/v1/gig/minimum-wages",
				body("regionCode", "420600", "effectiveFrom", "2021-09-01", "hourlyFen", 2100, "monthlyFen", 195000));
		assertThat(wage.status()).as(wage.body()).isIn(201, 409);
	}

	long org(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	long union(long parent, String employer, String region) {
		return org(body("name", employer + "工会", "type", "GRASSROOTS_UNION", "parentId", parent, "regionCode", region,
				"employerName", employer, "creditCode", Fixtures.creditCode(region), "ownership", "NON_PUBLIC",
				"headcount", 80));
	}

	String account(String role, Long orgId, String displayName) {
		// short: the session stores the principal's toString in a varchar(100)
		String username = "g" + role.charAt(0) + System.nanoTime() % 1_000_000_000L;
		Map<String, Object> request = body("username", username, "password", "Passw0rd!", "role", role, "displayName",
				displayName);
		if (orgId != null) {
			request.put("orgId", orgId);
		}
		Response created = this.admin.post("/api/v1/accounts", request);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	ApiClient login(String username) {
		return new ApiClient(this.port).login(username, "Passw0rd!");
	}

	ApiClient employer() {
		return login(account("EMPLOYER", this.unionA, "招聘专员"));
	}

	ApiClient staff(long orgId) {
		return login(account("FEDERATION_STAFF", orgId, "工作人员"));
	}

	/**
	 * A worker with a profile: trade, level (or null), position offset in km north of the
	 * spot, hours.
	 */
	ApiClient worker(String name, String trade, String level, double kmNorth, String from, String until) {
		ApiClient worker = login(account("WORKER", null, name));
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("name", name);
		profile.put("trades", List.of(trade));
		profile.put("skills", List.of(trade + "维修"));
		profile.put("skillLevel", level);
		profile.put("areas", List.of("420602"));
		profile.put("lat", this.lat + kmNorth / 111.0);
		profile.put("lon", this.lon);
		profile.put("availableDays", List.of(1, 2, 3, 4, 5, 6, 7));
		profile.put("availableFrom", from);
		profile.put("availableUntil", until);
		Response saved = worker.put("/api/v1/gig/profile", profile);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		return worker;
	}

	/**
	 * A post body at {@code kmNorth} of the spot; override fields with {@code changes}.
	 */
	Map<String, Object> post(String title, String trade, String description, Object... changes) {
		Map<String, Object> post = body("title", title, "trade", trade, "description", description, "payUnit", "DAY",
				"payFen", 25000, "regionCode", "420602", "address", "测试路 1 号", "lat", this.lat, "lon", this.lon,
				"workDate", this.today.plusDays(2).toString(), "startTime", "08:00", "endTime", "17:00", "headcount", 2,
				"instantHire", false);
		for (int i = 0; i < changes.length; i += 2) {
			post.put((String) changes[i], changes[i + 1]);
		}
		return post;
	}

	static Map<String, Object> north(Map<String, Object> post, double km) {
		post.put("lat", (Double) post.get("lat") + km / 111.0);
		return post;
	}

	long publish(ApiClient employer, Map<String, Object> post) {
		Response response = employer.post("/api/v1/gig/posts", post);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	String near(double km) {
		return "lat=" + this.lat + "&lon=" + this.lon + "&km=" + km;
	}

}
