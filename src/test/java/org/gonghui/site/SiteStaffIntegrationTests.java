package org.gonghui.site;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/** Staff maintain sites within their data scope; imports are all or nothing. */
@IntegrationTest
class SiteStaffIntegrationTests {

	@LocalServerPort
	int port;

	SiteFixtures fx;

	@BeforeEach
	void setUp() {
		this.fx = new SiteFixtures(this.port);
	}

	@Test
	void countyStaffSeeAndChangeOnlyTheirOwnCountysSites() {
		long mine = this.fx.site("本区驿站", this.fx.county, 0, "DAILY 24h", List.of());
		long theirs = this.fx.site("邻区驿站", this.fx.otherCounty, 0, "DAILY 24h", List.of());
		ApiClient staff = new ApiClient(this.port).login(this.fx.account("FEDERATION_STAFF", this.fx.county),
				"Passw0rd1");

		assertThat(staff.get("/api/v1/sites/" + mine).status()).isEqualTo(200);
		Response other = staff.get("/api/v1/sites/" + theirs);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.json().get("detail").asString()).contains("数据权限");
		JsonNode list = staff.get("/api/v1/sites?size=200").json();
		assertThat(list.get("total").asLong()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(mine);

		Response intoOther = staff.post("/api/v1/sites",
				body("name", "越权驿站", "types", List.of("CARE_STATION"), "orgId", this.fx.otherCounty, "address", "某路",
						"regionCode", "420606", "lat", 32.0, "lon", 112.1, "hours", "DAILY 24h"));
		assertThat(intoOther.status()).isEqualTo(404);
		ApiClient worker = new ApiClient(this.port).login(this.fx.account("WORKER", this.fx.county), "Passw0rd1");
		assertThat(worker.get("/api/v1/sites").status()).isEqualTo(403);
	}

	@Test
	void anEditFromAStaleReadIsRefusedInsteadOfOverwritingAnother() {
		long site = this.fx.site("并发驿站", this.fx.county, 0, "DAILY 24h", List.of());
		Map<String, Object> first = form(site);
		Map<String, Object> second = form(site);
		first.put("name", "并发驿站（甲改）");
		second.put("name", "并发驿站（乙改）");

		Response saved = this.fx.put("/api/v1/sites/" + site, first);
		Response stale = this.fx.put("/api/v1/sites/" + site, second);
		Response staleIfMatch = this.fx.put("/api/v1/sites/" + site, without(second, "version"),
				Map.of("If-Match", "\"" + second.get("version") + "\""));
		Response noVersion = this.fx.put("/api/v1/sites/" + site, without(second, "version"));

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).contains("已被他人修改");
		assertThat(staleIfMatch.status()).isEqualTo(409);
		assertThat(noVersion.status()).isEqualTo(428);
		assertThat(this.fx.admin.get("/api/v1/sites/" + site).json().get("name").asString()).isEqualTo("并发驿站（甲改）");
	}

	@Test
	void theConsoleFormSavesAgainstTheVersionItWasReadAt() {
		long site = this.fx.site("表单驿站", this.fx.county, 0, "DAILY 24h", List.of());
		ConsoleClient console = ConsoleClient.signIn(this.port, "admin", "Admin12345");
		assertThat(console.get("/console/sites/" + site).body()).contains("name=\"version\" value=\"0\"");
		Map<String, Object> meanwhile = form(site);
		meanwhile.put("name", "表单驿站（他人已改）");
		assertThat(this.fx.put("/api/v1/sites/" + site, meanwhile).status()).isEqualTo(200);

		ConsoleClient.Page stale = console.post("/console/sites/" + site,
				Map.of("name", "表单驿站（旧页面）", "types", "OUTDOOR_WORKER_STATION", "orgId", String.valueOf(this.fx.county),
						"address", "测试路 1 号", "regionCode", "420602", "lat", String.valueOf(this.fx.centreLat), "lon",
						String.valueOf(this.fx.centreLon), "hours", "DAILY 24h", "version", "0"));

		assertThat(stale.body()).contains("该服务阵地已被他人修改");
		assertThat(this.fx.admin.get("/api/v1/sites/" + site).json().get("name").asString()).isEqualTo("表单驿站（他人已改）");
	}

	@Test
	void anEditWithoutAStatusKeepsASuspendedSiteSuspended() {
		long site = this.fx.site("停用驿站", this.fx.county, 0, "DAILY 24h", List.of());
		Map<String, Object> suspend = form(site);
		suspend.put("status", "SUSPENDED");
		assertThat(this.fx.put("/api/v1/sites/" + site, suspend).status()).isEqualTo(200);

		Map<String, Object> edit = without(form(site), "status");
		edit.put("description", "只改说明");
		Response updated = this.fx.put("/api/v1/sites/" + site, edit);

		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("status").asString()).isEqualTo("SUSPENDED");
	}

	private Map<String, Object> form(long site) {
		Map<String, Object> form = new LinkedHashMap<>();
		this.fx.admin.get("/api/v1/sites/" + site)
			.json()
			.properties()
			.forEach((e) -> form.put(e.getKey(), e.getValue()));
		return form;
	}

	private static Map<String, Object> without(Map<String, Object> form, String field) {
		Map<String, Object> copy = new LinkedHashMap<>(form);
		copy.remove(field);
		return copy;
	}

	@Test
	void invalidSitesAreRefusedFieldByFieldAndNothingIsWritten() {
		long before = this.fx.admin.get("/api/v1/sites?size=1").json().get("total").asLong();
		Response badHours = this.fx.admin.post("/api/v1/sites",
				body("name", "坏时间", "types", List.of("CARE_STATION"), "orgId", this.fx.county, "address", "某路",
						"regionCode", "420602", "lat", 32.0, "lon", 112.1, "hours", "每天 8点到18点"));
		assertThat(badHours.status()).isEqualTo(422);
		assertThat(badHours.json().get("detail").asString()).contains("无法识别");
		Response badRegion = this.fx.admin.post("/api/v1/sites",
				body("name", "坏区划", "types", List.of("CARE_STATION"), "orgId", this.fx.county, "address", "某路",
						"regionCode", "429999", "lat", 32.0, "lon", 112.1, "hours", "DAILY 24h"));
		assertThat(badRegion.status()).isEqualTo(422);
		Response swapped = this.fx.admin.post("/api/v1/sites",
				body("name", "经纬颠倒", "types", List.of("CARE_STATION"), "orgId", this.fx.county, "address", "某路",
						"regionCode", "420602", "lat", 12.1, "lon", 32.0, "hours", "DAILY 24h"));
		assertThat(swapped.status()).isEqualTo(422);
		Response noType = this.fx.admin.post("/api/v1/sites",
				body("name", "无类型", "types", List.of(), "orgId", this.fx.county, "address", "某路", "regionCode",
						"420602", "lat", 32.0, "lon", 112.1, "hours", "DAILY 24h"));
		assertThat(noType.status()).isEqualTo(400);
		assertThat(this.fx.admin.get("/api/v1/sites?size=1").json().get("total").asLong()).isEqualTo(before);
	}

	@Test
	void importChecksTheWholeFileAndWritesNothingIfOneRowIsBad() {
		String county = "阵地测试甲区总工会" + this.fx.suffix;
		String header = "阵地名称,阵地类型,管理单位,地址,行政区划代码,纬度,经度,坐标系,服务设施,开放时间,联系电话\n";
		String good = "导入驿站一,爱心驿站," + county + ",人民路1号,420602,32.01,112.13,WGS84,饮用水、微波炉,DAILY 24h,0710-1\n";
		String bad = "导入驿站二,外星基地," + county + ",人民路2号,420602,32.02,abc,高德,饮用水,每天,0710-2\n";
		ApiClient staff = new ApiClient(this.port).login(this.fx.account("FEDERATION_STAFF", this.fx.county),
				"Passw0rd1");

		Response refused = staff.upload("/api/v1/sites/import", "sites.csv",
				(header + good + bad).getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		JsonNode errors = refused.json().get("errors");
		assertThat(errors).hasSize(2);
		assertThat(errors.get(0).get("rowNumber").asInt()).isEqualTo(3);
		assertThat(refused.body()).contains("阵地类型", "外星基地", "经度");
		assertThat(staff.get("/api/v1/sites?name=导入驿站").json().get("total").asLong()).isZero();

		Response imported = staff.upload("/api/v1/sites/import", "sites.csv",
				(header + good).getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		JsonNode site = staff.get("/api/v1/sites?name=导入驿站").json().get("items").get(0);
		assertThat(site.get("facilities").toString()).contains("DRINKING_WATER", "MICROWAVE");
		assertThat(site.get("types").toString()).contains("CARE_STATION");
	}

	@Test
	void photosAreCheckedByTheirBytesNotTheirName() {
		long site = this.fx.site("照片驿站", this.fx.county, 0, "DAILY 24h", List.of());
		byte[] png = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

		Response added = this.fx.admin.upload("/api/v1/sites/" + site + "/photos", "站点.png", png);
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		Response photo = new ApiClient(this.port).get(added.json().get("url").asString());
		assertThat(photo.status()).isEqualTo(200);
		assertThat(photo.contentType()).isEqualTo("image/png");

		Response disguised = this.fx.admin.upload("/api/v1/sites/" + site + "/photos", "evil.png",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		assertThat(disguised.status()).isEqualTo(422);
		assertThat(disguised.json().get("detail").asString()).contains("JPEG");
	}

	@Test
	void coverageFlagsCountiesWithoutACulturalPalaceOrWorkerHome() {
		this.fx.site("甲区工人文化宫", this.fx.county, 0, "TUE-SUN 09:00-21:00", List.of(), List.of("CULTURAL_PALACE"));
		ApiClient staff = new ApiClient(this.port).login(this.fx.account("FEDERATION_STAFF", this.fx.city),
				"Passw0rd1");

		JsonNode report = staff.get("/api/v1/sites/coverage?region=420600").json();

		JsonNode lines = report.get("lines");
		assertThat(lines).hasSize(9);
		for (JsonNode line : lines) {
			String code = line.get("regionCode").asString();
			assertThat(line.get("palaces").asInt()).as(code).isEqualTo(code.equals("420602") ? 1 : 0);
			assertThat(line.get("homes").asInt()).as(code).isZero();
		}
	}

}
