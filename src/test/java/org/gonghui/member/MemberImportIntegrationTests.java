package org.gonghui.member;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.org.OrgDirectory;
import org.gonghui.shared.sheet.SheetColumn;
import org.gonghui.shared.sheet.SheetSchema;
import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gonghui.support.ApiClient.body;

@IntegrationTest
class MemberImportIntegrationTests {

	// headers as clerks' own templates have them: other words, markers, notes, extra
	// columns
	static final SheetSchema MESSY = SheetSchema.of(SheetColumn.of("seq", "序号").number(),
			SheetColumn.of("name", "会员姓名"), SheetColumn.of("id", "身份证号码（必填）").text(),
			SheetColumn.of("phone", "手机号码*").text(), SheetColumn.of("union", "所属基层工会名称"),
			SheetColumn.of("joined", "入会时间"), SheetColumn.of("job", "工种"), SheetColumn.of("skill", "职业技能等级"),
			SheetColumn.of("nef", "是否新就业形态劳动者"), SheetColumn.of("note", "备注"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgDirectory orgs;

	ApiClient admin;

	String suffix;

	long countyA;

	long countyB;

	long unionA;

	long unionA2;

	long unionB;

	String unionAName;

	String unionA2Name;

	String unionBName;

	@BeforeEach
	void tree() {
		this.admin = new ApiClient(this.port).login("admin", "Admin12345");
		// names are unique per test: an import finds its unions by name in the uploader's
		// scope
		this.suffix = Long.toString(System.nanoTime(), 36);
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		long province = create(body("name", "导入省总工会" + this.suffix, "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		long city = create(body("name", "导入市总工会" + this.suffix, "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", "420600"));
		this.countyA = create(body("name", "甲区总工会" + this.suffix, "type", "COUNTY_FEDERATION", "parentId", city,
				"regionCode", "420602"));
		this.countyB = create(body("name", "乙县总工会" + this.suffix, "type", "COUNTY_FEDERATION", "parentId", city,
				"regionCode", "420625"));
		this.unionAName = "甲区机械厂工会" + this.suffix;
		this.unionA2Name = "甲区快递站工会" + this.suffix;
		this.unionBName = "乙县物流公司工会" + this.suffix;
		this.unionA = createUnion(this.countyA, this.unionAName, "420602");
		this.unionA2 = createUnion(this.countyA, this.unionA2Name, "420602");
		this.unionB = createUnion(this.countyB, this.unionBName, "420625");
	}

	@Test
	void importsMessyHeadedXlsxWholeAndCountsShowInTheIndicators() {
		String first = Fixtures.idNumber("420602");
		String second = Fixtures.idNumber("420602");
		String third = Fixtures.idNumber("420602");
		byte[] file = xlsx(MESSY,
				List.of(Arrays.asList(1, "王小明", first, Fixtures.mobile(), this.unionAName, LocalDate.of(2018, 5, 4),
						"电工", "初级工", "否", null),
						Arrays.asList(2, "李红", second.toLowerCase(), Fixtures.mobile(), this.unionAName, "2019年3月5日",
								"车工", "四级/中级工", "N", "老会员"),
						Arrays.asList(3, "张骑手", third, Fixtures.mobile(), this.unionA2Name, "2024/1/9", "外卖骑手", null,
								"是", null)));

		JsonNode job = importAndWait(this.admin, "花名册.xlsx", file);

		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("importedRows").asInt()).isEqualTo(3);
		assertThat(job.get("totalRows").asInt()).isEqualTo(3);
		assertThat(job.get("errorCount").asInt()).isZero();
		assertThat(indicatorMembers(this.countyA)).isEqualTo(3);
		assertThat(indicatorMembers(this.unionA2)).isEqualTo(1);
		assertThat(rosterTotal(this.countyA)).isEqualTo(3);
		assertThat(unbalancedRosterCounts(this.countyA)).isZero();
		Map<String, Object> rider = this.jdbc.sql("""
				select org_id, joined_on::text as joined, skill_level, new_employment_form, employer
				from member.member where name = '张骑手' and org_id = :org""")
			.param("org", this.unionA2)
			.query()
			.singleRow();
		assertThat(rider).containsEntry("joined", "2024-01-09")
			.containsEntry("new_employment_form", true)
			.containsEntry("employer", "甲区快递站");
		assertThat(this.jdbc
			.sql("select joined_on::text || ' ' || skill_level from member.member where org_id = :org order by name")
			.param("org", this.unionA)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("2018-05-04 LEVEL_5", "2019-03-05 LEVEL_4");
		assertThat(this.jdbc.sql("select count(*) from audit.audit_event where action = 'IMPORT' and entity_id = :id")
			.param("id", job.get("id").asString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void fileWithTwoBadRowsAmongGoodOnesImportsNothingAndReportsBothRows() {
		String badCheckDigit = Fixtures.idNumber("420602");
		badCheckDigit = badCheckDigit.substring(0, 17) + (badCheckDigit.charAt(17) == '1' ? '2' : '1');
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			rows.add(new ArrayList<>(Arrays.asList(i + 1, "会员" + i, Fixtures.idNumber("420602"), Fixtures.mobile(),
					this.unionAName, "2020-01-01", "钳工", "三级", "否", null)));
		}
		rows.get(1).set(2, badCheckDigit); // Excel row 3
		rows.get(3).set(3, "12345"); // Excel row 5

		JsonNode job = importAndWait(this.admin, "有错误.xlsx", xlsx(MESSY, rows));

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("importedRows").asInt()).isZero();
		assertThat(job.get("errorCount").asInt()).isEqualTo(2);
		JsonNode errors = job.get("errors");
		assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(errors.get(0).get("column").asString()).isEqualTo("身份证号码（必填）");
		assertThat(errors.get(0).get("message").asString()).contains("校验码");
		assertThat(errors.get(1).get("row").asInt()).isEqualTo(5);
		assertThat(errors.get(1).get("column").asString()).isEqualTo("手机号码*");
		assertThat(errors.get(1).get("message").asString()).contains("手机号");
		assertThat(memberCount(this.unionA)).isZero();
		assertThat(indicatorMembers(this.countyA)).isZero();

		Response report = this.admin.get("/api/v1/members/imports/" + job.get("id").asString() + "/errors.xlsx");
		assertThat(report.status()).isEqualTo(200);
		List<List<String>> reportRows = readXlsx(report.bytes());
		assertThat(reportRows.get(0)).containsExactly("行号", "列", "错误原因");
		assertThat(reportRows.subList(1, reportRows.size())).extracting(row -> row.get(0)).containsExactly("3", "5");
		assertThat(reportRows.get(1).get(2)).contains("校验码");
	}

	@Test
	void badRowsFoundAfterEarlierRowsWereWrittenLeaveTheDatabaseAsItWas_8500Rows() {
		// good rows are copied in slice by slice while later ones are still checked: a
		// bad
		// row in a later slice must roll all of them back
		String firstId = Fixtures.idNumber("420602");
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 8_500; i++) {
			rows.add(new ArrayList<>(
					Arrays.asList(i + 1, "批量" + i, i == 0 ? firstId : Fixtures.idNumber("420602"), Fixtures.mobile(),
							i % 2 == 0 ? this.unionAName : this.unionA2Name, "2020-01-01", "钳工", "三级", "否", null)));
		}
		rows.get(5_999).set(3, "12345"); // Excel row 6001, in the second slice
		rows.get(8_399).set(2, firstId); // Excel row 8401 repeats row 2, in the third
		long events = this.jdbc.sql("select count(*) from member.membership_event").query(Long.class).single();

		JsonNode job = importAndWait(this.admin, "八千五.xlsx", xlsx(MESSY, rows));

		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
		assertThat(job.get("importedRows").asInt()).isZero();
		assertThat(job.get("errorCount").asInt()).isEqualTo(2);
		assertThat(job.get("errors").get(0).get("row").asInt()).isEqualTo(6001);
		assertThat(job.get("errors").get(1).get("row").asInt()).isEqualTo(8401);
		assertThat(memberCount(this.unionA) + memberCount(this.unionA2)).isZero();
		assertThat(indicatorMembers(this.countyA)).isZero();
		assertThat(rosterTotal(this.countyA)).isZero();
		assertThat(unbalancedRosterCounts(this.countyA)).isZero();
		assertThat(this.jdbc.sql("select count(*) from member.membership_event where to_org_id in (:a, :a2)")
			.param("a", this.unionA)
			.param("a2", this.unionA2)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from member.membership_event").query(Long.class).single())
			.isGreaterThanOrEqualTo(events);

		// the same rows corrected import whole, with their history and the counters
		rows.get(5_999).set(3, Fixtures.mobile());
		rows.get(8_399).set(2, Fixtures.idNumber("420602"));
		JsonNode fixed = importAndWait(this.admin, "八千五.xlsx", xlsx(MESSY, rows));
		assertThat(fixed.get("status").asString()).as(fixed.toString()).isEqualTo("SUCCEEDED");
		assertThat(fixed.get("importedRows").asInt()).isEqualTo(8_500);
		assertThat(memberCount(this.unionA)).isEqualTo(4_250);
		assertThat(indicatorMembers(this.unionA)).isEqualTo(4_250);
		assertThat(indicatorMembers(this.countyA)).isEqualTo(8_500);
		// the roster counts, deferred while the slices were copied, are added at the end
		assertThat(rosterTotal(this.countyA)).isEqualTo(8_500);
		assertThat(unbalancedRosterCounts(this.countyA)).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from member.membership_event e join member.member m on m.id = e.member_id
				where e.kind = 'JOINED' and e.to_org_id = m.org_id and m.org_id in (:a, :a2)""")
			.param("a", this.unionA)
			.param("a2", this.unionA2)
			.query(Long.class)
			.single()).isEqualTo(8_500);
	}

	@Test
	void namesBothRowsOfAnIdNumberRepeatedInTheFile() {
		String repeated = Fixtures.idNumber("420602");
		byte[] file = xlsx(MESSY,
				List.of(Arrays.asList(1, "王一", repeated, Fixtures.mobile(), this.unionAName),
						Arrays.asList(2, "王二", Fixtures.idNumber("420602"), Fixtures.mobile(), this.unionAName),
						Arrays.asList(3, "王三", repeated, Fixtures.mobile(), this.unionAName)));

		JsonNode job = importAndWait(this.admin, "重复.xlsx", file);

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("errorCount").asInt()).isEqualTo(1);
		assertThat(job.get("errors").get(0).get("row").asInt()).isEqualTo(4);
		// the message (member.import.duplicate-in-file) names the other row: stored as
		// its argument
		assertThat(this.jdbc.sql("select errors -> 0 -> 'args' ->> 0 from member.import_job where id = :id")
			.param("id", java.util.UUID.fromString(job.get("id").asString()))
			.query(String.class)
			.single()).isEqualTo("2");
		assertThat(memberCount(this.unionA)).isZero();
	}

	@Test
	void importsGb18030CsvWithAliasHeaders() {
		String csv = "姓名,身份证,手机,单位,工会,入会日期,技术等级,新就业形态\r\n" + "赵师傅," + Fixtures.idNumber("420602") + ","
				+ Fixtures.mobile() + ",甲区机械厂," + this.unionAName + ",2015/7/1,高级技师,0\r\n" + "钱师傅,"
				+ Fixtures.idNumber("420602") + "," + Fixtures.mobile() + ",," + this.unionAName
				+ ",2016-07-01,技师,1\r\n";

		JsonNode job = importAndWait(this.admin, "会员.csv", csv.getBytes(Charset.forName("GB18030")));

		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(
				this.jdbc.sql("select name || ' ' || skill_level from member.member where org_id = :org order by name")
					.param("org", this.unionA)
					.query(String.class)
					.list())
			.containsExactlyInAnyOrder("赵师傅 LEVEL_1", "钱师傅 LEVEL_2");
	}

	@Test
	void reportsAnIdNumberAlreadyOnARosterNamingTheUnionThatHoldsIt() {
		String existing = Fixtures.idNumber("420602");
		Response added = this.admin.post("/api/v1/members",
				body("name", "王小明", "idNumber", existing, "phone", Fixtures.mobile(), "orgId", this.unionA));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		byte[] file = xlsx(MESSY,
				List.of(Arrays.asList(1, "新会员", Fixtures.idNumber("420602"), Fixtures.mobile(), this.unionA2Name),
						Arrays.asList(2, "王小明", existing, Fixtures.mobile(), this.unionA2Name)));

		JsonNode job = importAndWait(this.admin, "重复会员.xlsx", file);

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		JsonNode error = job.get("errors").get(0);
		assertThat(error.get("row").asInt()).isEqualTo(3);
		assertThat(error.get("message").asString()).contains(this.unionAName)
			.contains(existing.substring(0, 3) + "***")
			.doesNotContain(existing);
		assertThat(memberCount(this.unionA2)).isZero();
	}

	@Test
	void aUnionOutsideTheUploadersScopeIsAnErrorForThatRow() {
		ApiClient countyStaff = staffOf(this.countyA);
		byte[] file = xlsx(MESSY,
				List.of(Arrays.asList(1, "甲区会员", Fixtures.idNumber("420602"), Fixtures.mobile(), this.unionAName),
						Arrays.asList(2, "乙县会员", Fixtures.idNumber("420625"), Fixtures.mobile(), this.unionBName)));

		JsonNode job = importAndWait(countyStaff, "越权.xlsx", file);

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("errorCount").asInt()).isEqualTo(1);
		assertThat(job.get("errors").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(job.get("errors").get(0).get("column").asString()).isEqualTo("所属基层工会名称");
		assertThat(memberCount(this.unionA)).isZero();
		assertThat(memberCount(this.unionB)).isZero();
	}

	@Test
	void anotherScopesJobAnswers404() {
		ApiClient countyAStaff = staffOf(this.countyA);
		ApiClient countyBStaff = staffOf(this.countyB);
		byte[] file = xlsx(MESSY, List.<List<Object>>of(
				Arrays.asList(1, "甲区会员", Fixtures.idNumber("420602"), Fixtures.mobile(), this.unionAName)));
		String id = importAndWait(countyAStaff, "甲区.xlsx", file).get("id").asString();

		assertThat(countyBStaff.get("/api/v1/members/imports/" + id).status()).isEqualTo(404);
		assertThat(countyBStaff.get("/api/v1/members/imports/" + id + "/errors.xlsx").status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/members/imports/" + id).status()).isEqualTo(200);
		assertThat(countyAStaff.get("/api/v1/members/imports/" + id).status()).isEqualTo(200);
	}

	@Test
	void exportsTheFilteredRosterWithMaskedIdNumbersAndAuditsIt() {
		String wang = Fixtures.idNumber("420602");
		addMember(this.unionA, "王大锤", wang);
		addMember(this.unionA2, "王小丫", Fixtures.idNumber("420602"));
		addMember(this.unionA, "张三", Fixtures.idNumber("420602"));
		addMember(this.unionB, "王五", Fixtures.idNumber("420625"));
		long exportsBefore = exportAudits();

		Response export = this.admin.get("/api/v1/members/export.xlsx?orgId=" + this.countyA + "&name=王&status=ACTIVE");

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		List<List<String>> rows = readXlsx(export.bytes());
		assertThat(rows.get(0)).startsWith("姓名", "身份证号", "手机号").endsWith("状态");
		assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0)).containsExactly("王大锤", "王小丫");
		assertThat(rows.get(1).get(1)).isEqualTo(wang.substring(0, 3) + "***********" + wang.substring(14));
		assertThat(rows.get(1).get(4)).isEqualTo(this.unionAName);
		assertThat(rows.get(1).get(9)).isEqualTo("在册");
		assertThat(new String(export.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(wang);
		assertThat(exportAudits()).isEqualTo(exportsBefore + 1);
		assertThat(staffOf(this.countyB).get("/api/v1/members/export.xlsx?orgId=" + this.countyA).status())
			.isEqualTo(404);
	}

	@Test
	void blankTemplateHasTheRosterHeaders() {
		Response template = this.admin.get("/api/v1/members/imports/template.xlsx");

		assertThat(template.status()).isEqualTo(200);
		assertThat(readXlsx(template.bytes()))
			.containsExactly(List.of("姓名", "身份证号", "手机号", "工作单位", "所属工会", "入会日期", "职业", "技能等级", "新就业形态"));
	}

	@Test
	void uploadAnswers202AtOnceWithTheJobLocation() {
		byte[] file = xlsx(MESSY, List.<List<Object>>of(
				Arrays.asList(1, "甲区会员", Fixtures.idNumber("420602"), Fixtures.mobile(), this.unionAName)));

		Response accepted = this.admin.upload("/api/v1/members/imports", "一行.xlsx", file);

		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		assertThat(accepted.json().get("id").asString()).hasSize(36);
		assertThat(accepted.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(this.admin.upload("/api/v1/members/imports", "旧版.xls", file).status()).isEqualTo(422);
	}

	JsonNode importAndWait(ApiClient client, String filename, byte[] file) {
		Response accepted = client.upload("/api/v1/members/imports", filename, file);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		String id = accepted.json().get("id").asString();
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
			last[0] = client.get("/api/v1/members/imports/" + id).json();
			String status = last[0].get("status").asString();
			return status.equals("SUCCEEDED") || status.equals("FAILED");
		});
		return last[0];
	}

	static byte[] xlsx(SheetSchema schema, List<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxWriter.write(out, "花名册", schema, writer -> rows.forEach(writer::row));
		return out.toByteArray();
	}

	static List<List<String>> readXlsx(byte[] bytes) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long create(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	long createUnion(long parent, String name, String region) {
		return create(body("name", name, "type", "GRASSROOTS_UNION", "parentId", parent, "regionCode", region,
				"employerName", name.replace("工会" + this.suffix, ""), "creditCode", Fixtures.creditCode(region),
				"ownership", "NON_PUBLIC", "headcount", 120));
	}

	void addMember(long orgId, String name, String idNumber) {
		Response added = this.admin.post("/api/v1/members",
				body("name", name, "idNumber", idNumber, "phone", Fixtures.mobile(), "orgId", orgId));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
	}

	ApiClient staffOf(long orgId) {
		String username = "imp" + System.nanoTime();
		Response created = this.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd!", "role", "FEDERATION_STAFF", "orgId", orgId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new ApiClient(this.port).login(username, "Passw0rd!");
	}

	long indicatorMembers(long orgId) {
		return this.admin.get("/api/v1/orgs/" + orgId + "/indicators").json().get("members").asLong();
	}

	long memberCount(long orgId) {
		return this.jdbc.sql("select count(*) from member.member where org_id = :org")
			.param("org", orgId)
			.query(Long.class)
			.single();
	}

	/** The county's roster total as kept (member.roster_count, every name and status). */
	long rosterTotal(long countyId) {
		return this.jdbc.sql("""
				select coalesce(sum(members), 0) from member.roster_count
				where scope_key = cast(:scope as ltree) and initial = ''
				""").param("scope", this.orgs.find(countyId).orElseThrow().path()).query(Long.class).single();
	}

	/** Keys in the county's scope where the kept roster counts and a recount disagree. */
	long unbalancedRosterCounts(long countyId) {
		return this.jdbc.sql("""
				with recount as (
				    select scope_key, case when grouping(left(name, 1)) = 1 then '' else left(name, 1) end as initial,
				           status, new_employment_form, count(*) as members
				      from member.member
				     where scope_key = cast(:scope as ltree)
				     group by grouping sets ((scope_key, left(name, 1), status, new_employment_form),
				                             (scope_key, status, new_employment_form))),
				     kept as (select scope_key, initial, status, new_employment_form, members
				                from member.roster_count where scope_key = cast(:scope as ltree) and members <> 0)
				select count(*) from ((table recount except table kept) union all (table kept except table recount)) d
				""").param("scope", this.orgs.find(countyId).orElseThrow().path()).query(Long.class).single();
	}

	long exportAudits() {
		return this.jdbc.sql("select count(*) from audit.audit_event where action = 'EXPORT'")
			.query(Long.class)
			.single();
	}

}
