package org.gonghui.member;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gonghui.support.ApiClient.body;

/**
 * 100,000-row rosters, as .xlsx and as .csv, must import in seconds; prints rows per
 * second with the load average. Slow, so only on request:
 * {@code ./mvnw verify -Dit.test=MemberImportLoadIntegrationTests -Dgonghui.load-tests=true}
 * ({@code -Dgonghui.load-rows=N} for another size).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "gonghui.load-tests", matches = "true")
class MemberImportLoadIntegrationTests {

	static final int ROWS = Integer.getInteger("gonghui.load-rows", 100_000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsAHundredThousandRowsAsXlsxAndAsCsvWithinAMinuteEach() {
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
		long[] unionIds = new long[unions.length];
		for (int i = 0; i < unions.length; i++) {
			unions[i] = "压测工会" + i + "号" + suffix;
			unionIds[i] = create(admin,
					body("name", unions[i], "type", "GRASSROOTS_UNION", "parentId", county, "regionCode", "420602",
							"employerName", "压测单位" + i, "creditCode", Fixtures.creditCode("420602"), "ownership",
							"NON_PUBLIC", "headcount", 10000));
		}

		byte[] xlsx = xlsx(rows(unions));
		JsonNode job = timedImport(admin, "十万.xlsx", xlsx);
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("importedRows").asInt()).isEqualTo(ROWS);
		assertThat(admin.get("/api/v1/orgs/" + county + "/indicators").json().get("members").asLong()).isEqualTo(ROWS);

		JsonNode csvJob = timedImport(admin, "十万.csv", csv(rows(unions)));
		assertThat(csvJob.get("status").asString()).as(csvJob.toString()).isEqualTo("SUCCEEDED");
		assertThat(admin.get("/api/v1/orgs/" + county + "/indicators").json().get("members").asLong())
			.isEqualTo(2L * ROWS);
		// the counters agree with the rosters, and every member has their JOINED history
		for (long unionId : unionIds) {
			assertThat(admin.get("/api/v1/orgs/" + unionId + "/indicators").json().get("members").asLong())
				.isEqualTo(this.jdbc.sql("select count(*) from member.member where org_id = :org and status = 'ACTIVE'")
					.param("org", unionId)
					.query(Long.class)
					.single());
		}
		assertThat(this.jdbc.sql("""
				select count(*) from member.membership_event e join member.member m on m.id = e.member_id
				where e.kind = 'JOINED' and e.to_org_id = m.org_id and m.org_id in (:unions)""")
			.param("unions", Arrays.stream(unionIds).boxed().toList())
			.query(Long.class)
			.single()).isEqualTo(2L * ROWS);

		// the same file again: every row is already on a roster, all reported, nothing
		// written
		long started = System.nanoTime();
		String again = admin.upload("/api/v1/members/imports", "十万.xlsx", xlsx).json().get("id").asString();
		JsonNode failed = waitFor(admin, again);
		System.out.println("IMPORT duplicates: " + ROWS + " rows reported in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms (load " + loadAverage() + ")");
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("errorCount").asInt()).isEqualTo(ROWS);
		assertThat(failed.get("errors").size()).isEqualTo(Math.min(ROWS, 1000));
		long reportStarted = System.nanoTime();
		Response report = admin.get("/api/v1/members/imports/" + again + "/errors.xlsx");
		System.out.println("IMPORT error report: " + report.bytes().length / 1024 + " KiB in "
				+ (System.nanoTime() - reportStarted) / 1_000_000 + " ms");
		assertThat(report.status()).isEqualTo(200);
		assertThat(admin.get("/api/v1/orgs/" + county + "/indicators").json().get("members").asLong())
			.isEqualTo(2L * ROWS);
	}

	private JsonNode timedImport(ApiClient admin, String filename, byte[] file) {
		String loadBefore = loadAverage();
		long cpuBefore = cpuMillis();
		long jvmBefore = ticks(Path.of("/proc/self/stat")) * 10;
		long started = System.nanoTime();
		Response accepted = admin.upload("/api/v1/members/imports", filename, file);
		long acceptedMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		JsonNode job = waitFor(admin, accepted.json().get("id").asString());
		long millis = (System.nanoTime() - started) / 1_000_000;
		long cpu = cpuMillis() - cpuBefore;
		long jvm = ticks(Path.of("/proc/self/stat")) * 10 - jvmBefore;
		System.out.println("IMPORT " + filename + ": " + ROWS + " rows, " + file.length / 1024 + " KiB, answered in "
				+ acceptedMillis + " ms, " + job.get("status").asString() + " after " + millis + " ms = "
				+ ROWS * 1000L / Math.max(1, millis) + " rows/s (load before " + loadBefore + ", after " + loadAverage()
				+ "); CPU of this JVM and its PostgreSQL " + cpu + " ms (JVM " + jvm + " ms) = "
				+ ROWS * 2000L / Math.max(1, cpu) + " rows/s on two otherwise idle cores");
		return job;
	}

	private static JsonNode waitFor(ApiClient admin, String id) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
			last[0] = admin.get("/api/v1/members/imports/" + id).json();
			return last[0].get("status").asString().matches("SUCCEEDED|FAILED");
		});
		return last[0];
	}

	private static List<List<Object>> rows(String[] unions) {
		List<List<Object>> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			rows.add(Arrays.asList(i + 1, "会员" + i, Fixtures.idNumber("420602"), Fixtures.mobile(),
					unions[i % unions.length], "2020-01-01", "快递员", "五级", i % 2 == 0 ? "是" : "否"));
		}
		return rows;
	}

	private static byte[] xlsx(List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxWriter.write(out, "花名册", MemberImportIntegrationTests.MESSY, writer -> rows.forEach(writer::row));
		return out.toByteArray();
	}

	private static byte[] csv(List<List<Object>> rows) {
		StringBuilder csv = new StringBuilder("序号,姓名,身份证号,手机号,所属工会,入会日期,职业,技能等级,新就业形态\n");
		for (List<Object> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				csv.append(i == 0 ? "" : ",").append(row.get(i));
			}
			csv.append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	// user + system time of this JVM (which serves the upload too) and of the
	// processes of the embedded PostgreSQL (its backends stay in the pool); not
	// exact, but independent of what else runs on the machine
	private static long cpuMillis() {
		long ticks = ticks(Path.of("/proc/self/stat"));
		String dataDirectory = Path.of("target/pg-test").toAbsolutePath().toString();
		try (var processes = Files.list(Path.of("/proc"))) {
			List<Path> all = processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
			String postmaster = null;
			for (Path process : all) {
				String command = readQuietly(process.resolve("cmdline")).replace('\0', ' ');
				if (command.contains("postgres") && command.contains(dataDirectory)) {
					postmaster = process.getFileName().toString();
					ticks += ticks(process.resolve("stat"));
				}
			}
			for (Path process : all) {
				String[] stat = statFields(process.resolve("stat"));
				if (postmaster != null && stat.length > 2 && stat[1].equals(postmaster)) {
					ticks += ticks(process.resolve("stat"));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// only what the JVM used
		}
		return ticks * 10; // USER_HZ is 100 on Linux
	}

	private static long ticks(Path stat) {
		String[] fields = statFields(stat);
		return (fields.length > 12) ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : 0;
	}

	// the fields after "(comm)": state, ppid, …; utime and stime are the 12th and 13th
	private static String[] statFields(Path stat) {
		String text = readQuietly(stat);
		int end = text.lastIndexOf(')');
		return (end < 0) ? new String[0] : text.substring(end + 2).trim().split(" ");
	}

	private static String readQuietly(Path file) {
		try {
			return Files.readString(file, StandardCharsets.ISO_8859_1);
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	private static String loadAverage() {
		try {
			return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

	static long create(ApiClient admin, Map<String, Object> org) {
		Response response = admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

}
