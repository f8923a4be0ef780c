package org.gonghui.gig;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

@IntegrationTest
class GigApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	GigTestMarket market;

	ApiClient employer;

	ApiClient anonymous;

	@BeforeEach
	void market() {
		this.market = new GigTestMarket(this.port);
		this.employer = this.market.employer();
		this.anonymous = new ApiClient(this.port);
	}

	List<String> titles(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		response.json().get("items").forEach(item -> titles.add(item.get("title").asString()));
		return titles;
	}

	@Test
	void shuinuangongFindsTheShuinuanWeixiugongPostButNotTheElectrician() {
		this.market.publish(this.employer, this.market.post("招聘水暖维修工", "水暖工", "小区管道维修，日结"));
		this.market.publish(this.employer, this.market.post("招聘电工", "电工", "持证上岗"));

		assertThat(titles(this.anonymous.get("/api/v1/public/gig/posts?q=水暖工&" + this.market.near(5))))
			.containsExactly("招聘水暖维修工");
		assertThat(titles(this.anonymous.get("/api/v1/public/gig/posts?q=持证&" + this.market.near(5))))
			.containsExactly("招聘电工");
	}

	@Test
	void distanceKeepsPostsWithinTheRadiusNearestFirst() {
		this.market.publish(this.employer, GigTestMarket.north(this.market.post("水暖维修（远）", "水暖工", "二十公里外"), 20));
		this.market.publish(this.employer, GigTestMarket.north(this.market.post("水暖维修（近）", "水暖工", "三公里"), 3));

		assertThat(titles(this.anonymous.get("/api/v1/public/gig/posts?trade=水暖工&" + this.market.near(5))))
			.containsExactly("水暖维修（近）");
		Response within30 = this.anonymous.get("/api/v1/public/gig/posts?trade=水暖工&" + this.market.near(30));
		assertThat(titles(within30)).containsExactly("水暖维修（近）", "水暖维修（远）");
		assertThat(within30.json().get("items").get(0).get("distanceKm").asDouble()).isBetween(2.9, 3.1);
	}

	@Test
	void aPointOffTheGlobeIsRefusedInChinese() {
		Response response = this.anonymous.get("/api/v1/public/gig/posts?lat=95&lon=112.1");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("位置的经纬度超出范围");
	}

	@Test
	void filtersByTradeHourlyPayAndDate() {
		String day2 = this.market.today.plusDays(2).toString();
		String day6 = this.market.today.plusDays(6).toString();
		this.market.publish(this.employer,
				this.market.post("保洁甲", "保洁员", "写字楼", "payUnit", "HOUR", "payFen", 2500, "workDate", day2));
		this.market.publish(this.employer,
				this.market.post("保洁乙", "保洁员", "写字楼", "payUnit", "HOUR", "payFen", 2200, "workDate", day2));
		this.market.publish(this.employer,
				this.market.post("保洁丙", "保洁员", "写字楼", "payUnit", "HOUR", "payFen", 3000, "workDate", day6));
		this.market.publish(this.employer,
				this.market.post("装卸丁", "搬运工", "仓库", "payUnit", "DAY", "payFen", 24000, "workDate", day2));
		String near = "&" + this.market.near(5);

		assertThat(titles(this.anonymous.get("/api/v1/public/gig/posts?trade=保洁员" + near)))
			.containsExactlyInAnyOrder("保洁甲", "保洁乙", "保洁丙");
		assertThat(titles(this.anonymous.get("/api/v1/public/gig/posts?trade=保洁员&minPayFen=2400" + near)))
			.containsExactlyInAnyOrder("保洁甲", "保洁丙");
		// a day rate counts as eight hours: 240 元/天 is 30 元/小时
		assertThat(titles(this.anonymous.get("/api/v1/public/gig/posts?minPayFen=2800" + near)))
			.containsExactlyInAnyOrder("保洁丙", "装卸丁");
		assertThat(titles(this.anonymous.get("/api/v1/public/gig/posts?from=" + day2 + "&to=" + day2 + near)))
			.containsExactlyInAnyOrder("保洁甲", "保洁乙", "装卸丁");
	}

	@Test
	void refusesADayRateBelowEightHoursOfTheMinimumWageNamingBothFiguresAndWritesNothing() {
		Response response = this.employer.post("/api/v1/gig/posts",
				this.market.post("低薪搬运", "搬运工", "装卸", "payUnit", "DAY", "payFen", 15000));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("150.00").contains("168.00").contains("最低工资");
		assertThat(this.employer.get("/api/v1/gig/posts/mine").json().size()).isZero();
	}

	@Test
	void refusesAnHourlyRateBelowTheMinimumAndAPieceRateWithoutAnHourlyEstimate() {
		Response hourly = this.employer.post("/api/v1/gig/posts",
				this.market.post("低薪保洁", "保洁员", "保洁", "payUnit", "HOUR", "payFen", 2000));
		Response piece = this.employer.post("/api/v1/gig/posts",
				this.market.post("计件包装", "包装工", "包装", "payUnit", "PIECE", "payFen", 50));

		assertThat(hourly.status()).isEqualTo(422);
		assertThat(hourly.json().get("detail").asString()).contains("20.00").contains("21.00");
		assertThat(piece.status()).isEqualTo(422);
		assertThat(piece.json().get("detail").asString()).contains("预计时薪").contains("21.00");
	}

	@Test
	void instantHireExpiresWithinTwelveHoursAndRefusesALaterExpiry() {
		Response tooLate = this.employer.post("/api/v1/gig/posts", this.market.post("急招搬运", "搬运工", "今天", "instantHire",
				true, "expiresAt", Instant.now().plus(20, ChronoUnit.HOURS).toString()));
		Response defaulted = this.employer.post("/api/v1/gig/posts",
				this.market.post("急招装卸", "搬运工", "今天", "instantHire", true));

		assertThat(tooLate.status()).isEqualTo(422);
		assertThat(tooLate.json().get("detail").asString()).contains("12 小时");
		assertThat(defaulted.status()).as(defaulted.body()).isEqualTo(201);
		Instant expires = Instant.parse(defaulted.json().get("expiresAt").asString());
		assertThat(expires).isBefore(Instant.now().plus(12, ChronoUnit.HOURS).plusSeconds(5));
	}

	@Test
	void refusesAnEmployerWhoseOrganisationHasNoVerifiedEnterprise() {
		ApiClient federationEmployer = this.market
			.login(this.market.account("EMPLOYER", this.market.countyA, "县总工会名义"));

		Response response = federationEmployer.post("/api/v1/gig/posts", this.market.post("水暖工", "水暖工", "维修"));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("detail").asString()).contains("统一社会信用代码");
	}

	@Test
	void ranksApplicantsByTradeSkillDistanceAndAvailability() {
		long post = this.market.publish(this.employer,
				this.market.post("水暖维修工", "水暖工", "维修", "requiredLevel", "LEVEL_4"));
		ApiClient electrician = this.market.worker("丙电工", "电工", "LEVEL_4", 1, "08:00", "12:00");
		ApiClient juniorFar = this.market.worker("乙水暖", "水暖工", "LEVEL_5", 10, "07:00", "18:00");
		ApiClient seniorNear = this.market.worker("甲水暖", "水暖工", "LEVEL_3", 1, "07:00", "18:00");
		for (ApiClient worker : List.of(electrician, juniorFar, seniorNear)) {
			Response applied = worker.post("/api/v1/gig/posts/" + post + "/applications", body());
			assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		}

		Response candidates = this.employer.get("/api/v1/gig/posts/" + post + "/candidates");

		assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		candidates.json().forEach(c -> names.add(c.get("name").asString()));
		assertThat(names).containsExactly("甲水暖", "乙水暖", "丙电工");
		JsonNode best = candidates.json().get(0);
		assertThat(best.get("score").asInt()).isGreaterThan(candidates.json().get(1).get("score").asInt());
		assertThat(best.get("phone").isNull()).isTrue();
	}

	@Test
	void anotherEmployerCannotSeeTheCandidates() {
		long post = this.market.publish(this.employer, this.market.post("水暖维修工", "水暖工", "维修"));

		assertThat(this.market.employer().get("/api/v1/gig/posts/" + post + "/candidates").status()).isEqualTo(404);
	}

	@Test
	void applyingNeedsAProfileAndOnlyOnce() {
		long post = this.market.publish(this.employer, this.market.post("水暖维修工", "水暖工", "维修"));
		ApiClient noProfile = this.market.login(this.market.account("WORKER", null, "无登记"));
		ApiClient worker = this.market.worker("有登记", "水暖工", null, 1, "08:00", "18:00");

		assertThat(noProfile.post("/api/v1/gig/posts/" + post + "/applications", body()).status()).isEqualTo(422);
		assertThat(worker.post("/api/v1/gig/posts/" + post + "/applications", body()).status()).isEqualTo(201);
		assertThat(worker.post("/api/v1/gig/posts/" + post + "/applications", body()).status()).isEqualTo(409);
	}

	@Test
	void offerAcceptRateBothWaysAndReportUnpaidWhichOnlyTheManagingCountySees() {
		long post = this.market.publish(this.employer,
				this.market.post("今日装卸", "搬运工", "仓库", "workDate", this.market.today.toString()));
		ApiClient worker = this.market.worker("王师傅", "搬运工", null, 1, "07:00", "18:00");
		long application = worker.post("/api/v1/gig/posts/" + post + "/applications", body()).json().get("id").asLong();
		String path = "/api/v1/gig/applications/" + application;

		assertThat(worker.post(path + "/accept", body()).status()).isEqualTo(409);
		assertThat(this.employer.post(path + "/offer", body()).status()).isEqualTo(200);
		assertThat(worker.get("/api/v1/gig/applications/mine").json().get(0).get("status").asString())
			.isEqualTo("OFFERED");
		assertThat(worker.post(path + "/accept", body()).status()).isEqualTo(200);
		assertThat(this.employer.post(path + "/ratings", body("stars", 5, "comment", "很好")).status()).isEqualTo(201);
		assertThat(worker.post(path + "/ratings", body("stars", 2)).status()).isEqualTo(201);
		assertThat(worker.post(path + "/ratings", body("stars", 3)).status()).isEqualTo(409);
		assertThat(worker.post(path + "/unpaid", body("amountFen", 24000, "note", "未结工资")).status()).isEqualTo(201);
		assertThat(this.employer.get("/api/v1/gig/posts/" + post + "/candidates").json().get(0).get("phone"))
			.isNotNull();
		// the employer's rating of the worker counts in the worker's next ranking
		long next = this.market.publish(this.employer, this.market.post("明日装卸", "搬运工", "仓库"));
		worker.post("/api/v1/gig/posts/" + next + "/applications", body());
		JsonNode candidate = this.employer.get("/api/v1/gig/posts/" + next + "/candidates").json().get(0);
		assertThat(candidate.get("ratingCount").asInt()).isEqualTo(1);
		assertThat(candidate.get("averageStars").asDouble()).isEqualTo(5.0);

		Response countyA = this.market.staff(this.market.countyA).get("/api/v1/gig/unpaid-reports");
		Response countyB = this.market.staff(this.market.countyB).get("/api/v1/gig/unpaid-reports");
		assertThat(countyA.json().toString()).contains("今日装卸").contains("王师傅");
		assertThat(countyB.json().toString()).doesNotContain("今日装卸");
		assertThat(this.jdbc.sql("select count(*) from gig.unpaid_report where application_id = :id")
			.param("id", application)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void ratingBeforeTheWorkDayIsRefused() {
		long post = this.market.publish(this.employer, this.market.post("后天装卸", "搬运工", "仓库"));
		ApiClient worker = this.market.worker("李师傅", "搬运工", null, 1, "07:00", "18:00");
		long application = worker.post("/api/v1/gig/posts/" + post + "/applications", body()).json().get("id").asLong();
		this.employer.post("/api/v1/gig/applications/" + application + "/offer", body());
		worker.post("/api/v1/gig/applications/" + application + "/accept", body());

		Response rating = worker.post("/api/v1/gig/applications/" + application + "/ratings", body("stars", 5));
		Response unpaid = worker.post("/api/v1/gig/applications/" + application + "/unpaid", body());

		assertThat(rating.status()).isEqualTo(409);
		assertThat(unpaid.status()).isEqualTo(409);
	}

	@Test
	void countyStaffHidePostsInTheirSubtreeOnlyAndHiddenPostsLeaveTheMarket() {
		long post = this.market.publish(this.employer, this.market.post("水暖维修工", "水暖工", "维修"));
		ApiClient countyA = this.market.staff(this.market.countyA);
		ApiClient countyB = this.market.staff(this.market.countyB);

		assertThat(countyB.get("/api/v1/gig/moderation/posts?size=200").json().toString())
			.doesNotContain("\"id\":" + post + ",");
		assertThat(countyB.post("/api/v1/gig/posts/" + post + "/hide", body("reason", "虚假信息")).status()).isEqualTo(404);
		assertThat(countyA.post("/api/v1/gig/posts/" + post + "/hide", body("reason", "")).status()).isEqualTo(400);
		Response hidden = countyA.post("/api/v1/gig/posts/" + post + "/hide", body("reason", "虚假信息"));

		assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
		assertThat(hidden.json().get("status").asString()).isEqualTo("HIDDEN");
		assertThat(this.anonymous.get("/api/v1/public/gig/posts/" + post).status()).isEqualTo(404);
		assertThat(titles(this.anonymous.get("/api/v1/public/gig/posts?" + this.market.near(5)))).isEmpty();
	}

	@Test
	void aBlockedEmployerCannotPostAndTheirPostsLeaveTheSearch() {
		this.market.publish(this.employer, this.market.post("水暖维修工", "水暖工", "维修"));
		long employerId = this.employer.get("/api/v1/gig/posts/mine").json().get(0).get("employerAccountId").asLong();
		ApiClient countyA = this.market.staff(this.market.countyA);

		assertThat(this.market.staff(this.market.countyB)
			.post("/api/v1/gig/employers/" + employerId + "/block", body("reason", "拖欠工资"))
			.status()).isEqualTo(404);
		assertThat(countyA.post("/api/v1/gig/employers/" + employerId + "/block", body("reason", "多次拖欠工资")).status())
			.isEqualTo(201);

		assertThat(titles(this.anonymous.get("/api/v1/public/gig/posts?" + this.market.near(5)))).isEmpty();
		Response refused = this.employer.post("/api/v1/gig/posts", this.market.post("电工", "电工", "检修"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("多次拖欠工资");
	}

	@Test
	void workersCannotPostAndEmployersCannotModerate() {
		ApiClient worker = this.market.worker("赵师傅", "电工", null, 1, "08:00", "18:00");

		assertThat(worker.post("/api/v1/gig/posts", this.market.post("电工", "电工", "检修")).status()).isEqualTo(403);
		assertThat(this.employer.get("/api/v1/gig/moderation/posts").status()).isEqualTo(403);
		assertThat(this.anonymous.get("/api/v1/gig/posts/mine").status()).isEqualTo(401);
	}

	@Test
	void policyArticlesAreSearchableInChinese() {
		String marker = "测试条例" + System.nanoTime() % 100_000;
		Response published = this.market.admin.post("/api/v1/gig/policies", body("title", marker + "农民工工资支付", "body",
				"用人单位应当按时足额支付农民工工资。", "publishedOn", this.market.today.toString()));
		assertThat(published.status()).as(published.body()).isEqualTo(201);

		Response found = this.anonymous
			.get("/api/v1/public/gig/policies?q=" + URLEncoder.encode(marker + " 工资", StandardCharsets.UTF_8));
		assertThat(found.json().get("items").toString()).contains(marker);
	}

	@Test
	void workersSignUpForAJobFairOnce() {
		Response fair = this.market.admin.post("/api/v1/gig/fairs",
				body("title", "测试招聘会", "description", "现场招聘", "venue", "文化宫", "regionCode", "420602", "startsAt",
						Instant.now().plus(2, ChronoUnit.DAYS).toString(), "endsAt",
						Instant.now().plus(2, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS).toString(), "orgId",
						this.market.countyA, "positions",
						List.of(body("employerName", "甲公司", "title", "普工", "headcount", 10, "payText", "面议"))));
		assertThat(fair.status()).as(fair.body()).isEqualTo(201);
		long id = fair.json().get("id").asLong();
		ApiClient worker = this.market.worker("钱师傅", "普工", null, 1, "08:00", "18:00");

		assertThat(worker.post("/api/v1/gig/fairs/" + id + "/signups", body()).status()).isEqualTo(201);
		assertThat(worker.post("/api/v1/gig/fairs/" + id + "/signups", body()).status()).isEqualTo(409);
		JsonNode page = this.anonymous.get("/api/v1/public/gig/fairs/" + id).json();
		assertThat(page.get("fair").get("signups").asInt()).isEqualTo(1);
		assertThat(page.get("positions").get(0).get("title").asString()).isEqualTo("普工");
	}

}
