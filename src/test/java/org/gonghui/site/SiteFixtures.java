package org.gonghui.site;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * A province, city and two county federations of its own, and a search area far from
 * every other test's sites (a random spot in Qinghai, still mainland China), so that
 * tests sharing the database do not find each other's sites.
 */
final class SiteFixtures {

	final ApiClient admin;

	final long city;

	final long county;

	final long otherCounty;

	final String suffix;

	final int port;

	final double centreLat;

	final double centreLon;

	SiteFixtures(int port) {
		this.port = port;
		this.admin = new ApiClient(port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		this.suffix = String.valueOf(System.nanoTime() % 1_000_000);
		long province = org(body("name", "阵地测试省总工会" + this.suffix, "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		this.city = org(body("name", "阵地测试市总工会" + this.suffix, "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", "420600"));
		this.county = org(body("name", "阵地测试甲区总工会" + this.suffix, "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420602"));
		this.otherCounty = org(body("name", "阵地测试乙区总工会" + this.suffix, "type", "COUNTY_FEDERATION", "parentId",
				this.city, "regionCode", "420606"));
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.centreLat = 34 + random.nextDouble() * 3;
		this.centreLon = 92 + random.nextDouble() * 8;
	}

	long org(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	/** A site {@code metresNorth} of the centre. */
	long site(String name, long orgId, double metresNorth, String hours, List<String> facilities) {
		return site(name, orgId, metresNorth, hours, facilities, List.of("OUTDOOR_WORKER_STATION"));
	}

	long site(String name, long orgId, double metresNorth, String hours, List<String> facilities, List<String> types) {
		Response response = this.admin.post("/api/v1/sites",
				body("name", name, "types", types, "orgId", orgId, "address", "测试路 1 号", "regionCode", "420602", "lat",
						this.centreLat + metresNorth / 111_195.0, "lon", this.centreLon, "facilities", facilities,
						"hours", hours, "phone", "0710-3333333"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	/** PUT is not in {@link ApiClient}; the staff API replaces a site whole. */
	Response put(String path, Object body) {
		return put(path, body, Map.of());
	}

	Response put(String path, Object body, Map<String, String> headers) {
		String token = new ApiClient(this.port)
			.post("/api/v1/auth/token", Map.of("username", "admin", "password", "Admin12345"))
			.json()
			.get("token")
			.asString();
		try {
			java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.PUT(java.net.http.HttpRequest.BodyPublishers
					.ofString(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body)));
			headers.forEach(request::header);
			java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
				.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), "", response.body().getBytes());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String near() {
		return "lat=" + this.centreLat + "&lon=" + this.centreLon;
	}

	String account(String role, long orgId) {
		String username = "site" + role.toLowerCase().charAt(0) + System.nanoTime() % 10_000_000;
		Response account = this.admin.post("/api/v1/accounts", body("username", username, "password", "Passw0rd1",
				"displayName", "阵地测试", "role", role, "orgId", orgId));
		assertThat(account.status()).as(account.body()).isEqualTo(201);
		return username;
	}

}
