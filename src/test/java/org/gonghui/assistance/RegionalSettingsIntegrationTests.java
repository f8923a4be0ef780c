package org.gonghui.assistance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;
import org.gonghui.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * Category multiples and student aid amounts per region, with the county → city →
 * province → default lookup. The regions are this test's own (province 98, a random city
 * and county) so no other test's proposal moves.
 */
@IntegrationTest
class RegionalSettingsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	AssistanceTestTree tree;

	String cityRegion;

	String countyRegion;

	long county;

	long union;

	ApiClient cityStaff;

	ApiClient countyStaff;

	ApiClient officer;

	@BeforeEach
	void regions() {
		this.tree = new AssistanceTestTree(this.port);
		long n = System.nanoTime();
		String city = String.format("98%02d", n % 99 + 1);
		this.cityRegion = city + "00";
		this.countyRegion = city + String.format("%02d", n / 100 % 99 + 1);
		long root = this.tree.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		long province = this.tree.create(body("name", "区域设定测试省总工会" + this.tree.suffix, "type", "PROVINCIAL_FEDERATION",
				"parentId", root, "regionCode", "980000"));
		long cityOrg = this.tree.create(body("name", "区域设定测试市总工会" + this.tree.suffix, "type", "CITY_FEDERATION",
				"parentId", province, "regionCode", this.cityRegion));
		this.county = this.tree.create(body("name", "区域设定测试县总工会" + this.tree.suffix, "type", "COUNTY_FEDERATION",
				"parentId", cityOrg, "regionCode", this.countyRegion));
		this.union = this.tree.union(this.county, "区域设定测试厂工会" + this.tree.suffix, this.countyRegion);
		Response standard = this.tree.admin.post("/api/v1/assistance/standards",
				body("regionCode", this.cityRegion, "effectiveFrom", "2020-01-01", "perPersonPerMonth", "1000"));
		assertThat(standard.status()).as(standard.body()).isEqualTo(201);
		this.cityStaff = this.tree.staff(cityOrg, "FEDERATION_STAFF");
		this.countyStaff = this.tree.staff(this.county, "FEDERATION_STAFF");
		this.officer = this.tree.staff(this.union, "UNION_OFFICER");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theApplicantsRegionsMultiplesOnTheApplicationDateDecideTheProposal_2Persons2000Standard1000() {
		Response city = this.cityStaff.post("/api/v1/assistance/thresholds",
				body("regionCode", this.cityRegion, "effectiveFrom", "2020-01-01", "deepBelow", "1.2", "relativeWithin",
						"1.6", "accidentInducedWithin", "3"));
		assertThat(city.status()).as(city.body()).isEqualTo(201);
		LocalDate tomorrow = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Shanghai")).plusDays(1);
		Response county = this.countyStaff.post("/api/v1/assistance/thresholds",
				body("regionCode", this.countyRegion, "effectiveFrom", tomorrow.toString(), "deepBelow", "0.8",
						"relativeWithin", "1", "accidentInducedWithin", "3"));
		assertThat(county.status()).as(county.body()).isEqualTo(201);

		// today the city's 1.2×: 1,000 per person is below 1,200 → deep (the default 1×
		// would
		// say relative)
		String first = apply(this.tree.member(this.union, "区域甲", "420602").id());
		assertThat(proposal(first).get("category").asString()).isEqualTo("DEEP");
		assertThat(proposal(first).get("tests").get(0).get("multiple").asString()).isEqualTo("1.2×");

		// from tomorrow the county's own 0.8× / 1×: not deep, relative with illness
		this.clock.advance(Duration.ofDays(2));
		String second = apply(this.tree.member(this.union, "区域乙", "420602").id());
		assertThat(proposal(second).get("category").asString()).isEqualTo("RELATIVE");
		assertThat(proposal(second).get("tests").get(0).get("multiple").asString()).isEqualTo("0.8×");

		// the first file keeps the multiples it was proposed with
		assertThat(proposal(first).get("category").asString()).isEqualTo("DEEP");
		assertThat(proposal(first).get("tests").get(0).get("multiple").asString()).isEqualTo("1.2×");
		assertThat(this.cityStaff.get("/api/v1/assistance/thresholds").body()).contains(this.countyRegion);
		assertThat(this.jdbc
			.sql("select count(*) from audit.audit_event where entity_type = 'hardship-threshold'"
					+ " and entity_id = :id")
			.param("id", this.cityRegion + "@2020-01-01")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void staffSetMultiplesOnlyForTheRegionsTheirFederationCovers() {
		Response outside = this.countyStaff.post("/api/v1/assistance/thresholds",
				body("regionCode", this.cityRegion, "effectiveFrom", "2020-01-01", "deepBelow", "1", "relativeWithin",
						"1.5", "accidentInducedWithin", "3"));
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.json().get("detail").asString()).contains("不在本会所辖地区");

		Response officer = this.officer.post("/api/v1/assistance/thresholds",
				body("regionCode", this.countyRegion, "effectiveFrom", "2020-01-01", "deepBelow", "1", "relativeWithin",
						"1.5", "accidentInducedWithin", "3"));
		assertThat(officer.status()).isEqualTo(403);

		Response disordered = this.cityStaff.post("/api/v1/assistance/thresholds",
				body("regionCode", this.countyRegion, "effectiveFrom", "2020-01-01", "deepBelow", "2", "relativeWithin",
						"1.5", "accidentInducedWithin", "3"));
		assertThat(disordered.status()).isEqualTo(422);
		assertThat(disordered.json().get("detail").asString()).contains("深度困难 ≤ 相对困难");
	}

	@Test
	void aStudentAwardUsesTheAmountOfItsUnionsRegionFallingBackToTheGlobalTable() {
		Response set = this.cityStaff.post("/api/v1/assistance/student-aid/amounts", body("regionCode", this.cityRegion,
				"level", "UNIVERSITY_UNDERGRADUATE", "householdType", "OTHER_HARDSHIP", "amount", "4321"));
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		Response outside = this.countyStaff.post("/api/v1/assistance/student-aid/amounts",
				body("regionCode", this.cityRegion, "level", "UNIVERSITY_UNDERGRADUATE", "householdType",
						"OTHER_HARDSHIP", "amount", "9999"));
		assertThat(outside.status()).isEqualTo(422);
		String globalSenior = null;
		for (var row : this.cityStaff.get("/api/v1/assistance/student-aid/amounts").json()) {
			if (row.get("regionCode").isNull() && row.get("level").asString().equals("SENIOR_SECONDARY")
					&& row.get("householdType").asString().equals("OTHER_HARDSHIP")) {
				globalSenior = row.get("amount").asString();
			}
		}
		assertThat(globalSenior).isNotNull();

		long member = this.tree.member(this.union, "区域家长", "420602").id();
		award(member, "区域大学生", "UNIVERSITY_UNDERGRADUATE");
		award(member, "区域高中生", "SENIOR_SECONDARY");

		Response listed = this.countyStaff.get("/api/v1/assistance/student-awards?year=2026&size=50");
		for (var item : listed.json().get("items")) {
			if (item.get("studentName").asString().equals("区域大学生")) {
				assertThat(item.get("amount").asString()).isEqualTo("4321.00");
			}
			if (item.get("studentName").asString().equals("区域高中生")) {
				assertThat(item.get("amount").asString()).isEqualTo(globalSenior);
			}
		}
		assertThat(listed.body()).contains("区域大学生", "区域高中生");
	}

	private void award(long member, String student, String level) {
		Response response = this.officer.post("/api/v1/assistance/student-awards",
				body("year", 2026, "memberId", member, "studentName", student, "studentIdNumber",
						Fixtures.idNumber("420602"), "school", "测试学校", "level", level, "householdType",
						"OTHER_HARDSHIP"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private String apply(long memberId) {
		Response response = this.officer.post("/api/v1/assistance/cases",
				body("memberId", memberId, "householdMembers",
						List.of(body("name", "户主", "relation", "本人"), body("name", "配偶", "relation", "配偶")),
						"monthlyIncome", "2000", "causes", List.of("ILLNESS")));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private tools.jackson.databind.JsonNode proposal(String id) {
		return this.countyStaff.get("/api/v1/assistance/cases/" + id).json().get("proposal");
	}

}
