package org.gonghui.assistance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.member.MemberDirectory;
import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/** The student aid export and the worker's own awards in the portal. */
@IntegrationTest
class StudentAidExportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberDirectory members;

	AssistanceTestTree tree;

	ApiClient officer;

	AssistanceTestTree.Member parent;

	String universityId;

	@BeforeEach
	void awards() {
		this.tree = new AssistanceTestTree(this.port);
		this.officer = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
		this.parent = this.tree.member(this.tree.unionA, "钱家长", "420602");
		this.universityId = Fixtures.idNumber("420602");
		award("钱大学", this.universityId, "UNIVERSITY_UNDERGRADUATE");
		award("钱高中", Fixtures.idNumber("420602"), "SENIOR_SECONDARY");
	}

	@Test
	void exportsTheFilteredAwardsOfTheScopeWithMaskedIdNumbersAndAuditsIt() {
		ApiClient county = this.tree.staff(this.tree.countyA, "FEDERATION_STAFF");
		long before = exportAudits();

		Response export = county
			.get("/api/v1/assistance/student-awards/export.xlsx?year=2026&level=UNIVERSITY_UNDERGRADUATE");

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		List<List<String>> rows = readXlsx(export.bytes());
		assertThat(rows.get(0)).startsWith("年度", "学生姓名", "学生身份证号");
		assertThat(rows.subList(1, rows.size())).extracting((row) -> row.get(1)).containsExactly("钱大学");
		assertThat(rows.get(1).get(2)).contains("*").startsWith(this.universityId.substring(0, 3));
		assertThat(rows.get(1).get(7)).isEqualTo("钱家长");
		assertThat(new String(export.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(this.universityId);
		assertThat(exportAudits()).isEqualTo(before + 1);

		Response all = county.get("/api/v1/assistance/student-awards/export.xlsx?year=2026");
		assertThat(readXlsx(all.bytes())).hasSize(3);
		Response otherCounty = this.tree.staff(this.tree.countyB, "FEDERATION_STAFF")
			.get("/api/v1/assistance/student-awards/export.xlsx?year=2026");
		assertThat(readXlsx(otherCounty.bytes())).hasSize(1);
	}

	@Test
	void aWorkerSeesOnlyTheLinkedMembersChildrensAwardsAndAnUnlinkedOneIsSentToIdentity() {
		String other = this.tree.account(null, "WORKER", "冒名者");
		ConsoleClient stranger = ConsoleClient.signIn(this.port, other, "Passw0rd!");
		String unlinked = stranger.get("/portal/assistance/student-aid").body();
		assertThat(unlinked).contains("/portal/identity?next=/portal/assistance/student-aid").doesNotContain("钱大学");
		// the lookup by name and ID number is gone: it neither shows the awards nor links
		ConsoleClient.Page lookup = stranger.post("/portal/assistance/student-aid",
				Map.of("memberName", "钱家长", "idNumber", this.parent.idNumber()));
		assertThat(lookup.status()).isEqualTo(405);
		assertThat(lookup.body()).doesNotContain("钱大学");
		assertThat(AccountLinks.linksOf(this.jdbc, this.parent.id())).isZero();

		String worker = this.tree.account(null, "WORKER", "钱家长");
		AccountLinks.link(this.members, this.jdbc, worker, this.parent.id());
		ConsoleClient portal = ConsoleClient.signIn(this.port, worker, "Passw0rd!");
		ConsoleClient.Page mine = portal.get("/portal/assistance/student-aid");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("钱大学", "钱高中")
			.doesNotContain(this.universityId, "/portal/identity", "name=\"idNumber\"");
		assertThat(stranger.get("/portal/assistance/student-aid").body()).doesNotContain("钱大学");
	}

	private void award(String student, String idNumber, String level) {
		Response response = this.officer.post("/api/v1/assistance/student-awards",
				body("year", 2026, "memberId", this.parent.id(), "studentName", student, "studentIdNumber", idNumber,
						"school", "测试学校", "level", level, "householdType", "OTHER_HARDSHIP"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private long exportAudits() {
		return this.jdbc
			.sql("select count(*) from audit.audit_event where entity_type = 'student-award' and action = 'EXPORT'")
			.query(Long.class)
			.single();
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

}
