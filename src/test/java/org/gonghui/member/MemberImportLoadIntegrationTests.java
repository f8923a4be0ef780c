package org.gonghui.member;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gonghui.support.ApiClient.body;

/**
 * A 100,000-row roster must import in well under a minute. Slow, so only on request:
 * {@code ./mvnw verify -Dit.test=MemberImportLoadIntegrationTests -Dgonghui.load-tests=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "gonghui.load-tests", matches = "true")
class MemberImportLoadIntegrationTests {

	static final int ROWS = 100_000;

	@LocalServerPort
	int port;

	@Test
	void importsAHundredThousandRowsWithinAMinute() {
		ApiClient admin = new ApiClient(this.port).login("admin", "Admin12345");
		String suffix = Long.toString(System.nanoTime(), 36);
		long root = admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION").json().get("items").get(0).get("id").asLong();
		long province = create(admin, body("name", "压测省总工会" + suffix, "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		long city = create(admin, body("name", "压测市总工会" + suffix, "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", "420600"));
		long county = create(admin,
				body("name", "压测区总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", city, "regionCode", "420602"));
		String[] unions = new String[20];
		for (int i = 0; i < unions.length; i++) {
			unions[i] = "压测工会" + i + "号" + suffix;
			create(admin,
					body("name", unions[i], "type", "GRASSROOTS_UNION", "parentId", county, "regionCode", "420602",
							"employerName", "压测单位" + i, "creditCode", Fixtures.creditCode("420602"), "ownership",
							"NON_PUBLIC", "headcount", 10000));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxWriter.write(out, "花名册", MemberImportIntegrationTests.MESSY, writer -> {
			for (int i = 0; i < ROWS; i++) {
				writer.row(Arrays.asList(i + 1, "会员" + i, Fixtures.idNumber("420602"), Fixtures.mobile(),
						unions[i % unions.length], "2020-01-01", "快递员", "五级", i % 2 == 0 ? "是" : "否"));
			}
		});

		long started = System.nanoTime();
		Response accepted = admin.upload("/api/v1/members/imports", "十万.xlsx", out.toByteArray());
		long acceptedMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		String id = accepted.json().get("id").asString();
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			last[0] = admin.get("/api/v1/members/imports/" + id).json();
			System.out
				.println("progress " + last[0].get("status").asString() + " " + last[0].get("percent").asInt() + "%");
			return last[0].get("status").asString().matches("SUCCEEDED|FAILED");
		});
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("100k import: upload answered in " + acceptedMillis + " ms, done in " + millis + " ms ("
				+ out.size() / 1024 + " KiB)");

		assertThat(last[0].get("status").asString()).as(last[0].toString()).isEqualTo("SUCCEEDED");
		assertThat(last[0].get("importedRows").asInt()).isEqualTo(ROWS);
		assertThat(admin.get("/api/v1/orgs/" + county + "/indicators").json().get("members").asLong()).isEqualTo(ROWS);

		// the same file again: every row is already on a roster, all reported, nothing
		// written
		started = System.nanoTime();
		String again = admin.upload("/api/v1/members/imports", "十万.xlsx", out.toByteArray())
			.json()
			.get("id")
			.asString();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			last[0] = admin.get("/api/v1/members/imports/" + again).json();
			return last[0].get("status").asString().matches("SUCCEEDED|FAILED");
		});
		System.out.println("100k duplicates: reported in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		assertThat(last[0].get("status").asString()).isEqualTo("FAILED");
		assertThat(last[0].get("errorCount").asInt()).isEqualTo(ROWS);
		assertThat(last[0].get("errors").size()).isEqualTo(1000);
		long reportStarted = System.nanoTime();
		Response report = admin.get("/api/v1/members/imports/" + again + "/errors.xlsx");
		System.out.println("100k error report: " + report.bytes().length / 1024 + " KiB in "
				+ (System.nanoTime() - reportStarted) / 1_000_000 + " ms");
		assertThat(report.status()).isEqualTo(200);
	}

	static long create(ApiClient admin, Map<String, Object> org) {
		Response response = admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

}
