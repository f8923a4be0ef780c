package org.gonghui.gig;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.ApiClient;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * An individual employer belongs to no union: their posts are managed by the federation
 * of the post's region, so its staff moderate them and hear of unpaid wages.
 */
@IntegrationTest
class GigIndividualEmployerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	GigTestMarket market;

	/** Region codes of their own (real codes never start with 9). */
	String cityCode;

	String countyCode;

	String siblingCode;

	long city;

	long county;

	long sibling;

	ApiClient individual;

	@BeforeEach
	void tree() {
		this.market = new GigTestMarket(this.port);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String prefix = "9" + (100 + random.nextInt(900));
		this.cityCode = prefix + "00";
		int countyNumber = 1 + random.nextInt(45);
		this.countyCode = prefix + String.format("%02d", countyNumber);
		this.siblingCode = prefix + String.format("%02d", countyNumber + 50);
		long root = this.market.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		String suffix = prefix + System.nanoTime() % 100_000;
		long province = this.market.org(body("name", "个人雇主测试省总工会" + suffix, "type", "PROVINCIAL_FEDERATION", "parentId",
				root, "regionCode", prefix.substring(0, 2) + "0000"));
		this.city = this.market.org(body("name", "个人雇主测试市总工会" + suffix, "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", this.cityCode));
		this.county = this.market.org(body("name", "个人雇主测试区总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId",
				this.city, "regionCode", this.countyCode));
		this.sibling = this.market.org(body("name", "个人雇主测试县总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId",
				this.city, "regionCode", this.siblingCode));
		this.individual = this.market.login(this.market.account("EMPLOYER", null, "个人雇主"));
	}

	String orgPathOfPost(long post) {
		return this.jdbc.sql("select org_path::text from gig.post where id = :id")
			.param("id", post)
			.query(String.class)
			.single();
	}

	static long last(String path) {
		return Long.parseLong(path.substring(path.lastIndexOf('.') + 1));
	}

	@Test
	void anIndividualsPostIsManagedByTheCountyFederationOfItsRegion() {
		String title = "个人雇主搬家" + System.nanoTime() % 100_000;
		long post = this.market.publish(this.individual,
				this.market.post(title, "搬运工", "搬家", "regionCode", this.countyCode));

		assertThat(last(orgPathOfPost(post))).isEqualTo(this.county);
		assertThat(this.market.staff(this.county).get("/api/v1/gig/moderation/posts?size=200").body()).contains(title);
		assertThat(this.market.staff(this.sibling).get("/api/v1/gig/moderation/posts?size=200").body())
			.doesNotContain(title);
	}

	@Test
	void whereTheCountyHasNoFederationTheCitysManagesIt() {
		String noFederation = this.cityCode.substring(0, 4) + "99";
		long post = this.market.publish(this.individual,
				this.market.post("个人雇主保洁", "保洁员", "打扫", "regionCode", noFederation));

		assertThat(last(orgPathOfPost(post))).isEqualTo(this.city);
	}

	@Test
	void anUnpaidReportOnAnIndividualsGigReachesTheCountyFederation() {
		String title = "个人雇主装修" + System.nanoTime() % 100_000;
		long post = this.market.publish(this.individual, this.market.post(title, "搬运工", "装修垃圾清运", "regionCode",
				this.countyCode, "workDate", this.market.today.toString()));
		ApiClient worker = this.market.worker("钱师傅", "搬运工", null, 1, "07:00", "18:00");
		long application = worker.post("/api/v1/gig/posts/" + post + "/applications", body()).json().get("id").asLong();
		this.individual.post("/api/v1/gig/applications/" + application + "/offer", body());
		worker.post("/api/v1/gig/applications/" + application + "/accept", body());
		assertThat(
				worker.post("/api/v1/gig/applications/" + application + "/unpaid", body("amountFen", 30000)).status())
			.isEqualTo(201);

		assertThat(this.market.staff(this.county).get("/api/v1/gig/unpaid-reports").body()).contains(title);
		assertThat(this.market.staff(this.sibling).get("/api/v1/gig/unpaid-reports").body()).doesNotContain(title);
	}

	@Test
	void postsFiledAtTheRootBeforeAreRefiledWithTheirUnpaidReports() throws Exception {
		long post = this.market.publish(this.individual, this.market.post("旧岗位", "搬运工", "搬运", "regionCode",
				this.countyCode, "workDate", this.market.today.toString()));
		ApiClient worker = this.market.worker("孙师傅", "搬运工", null, 1, "07:00", "18:00");
		long application = worker.post("/api/v1/gig/posts/" + post + "/applications", body()).json().get("id").asLong();
		this.individual.post("/api/v1/gig/applications/" + application + "/offer", body());
		worker.post("/api/v1/gig/applications/" + application + "/accept", body());
		worker.post("/api/v1/gig/applications/" + application + "/unpaid", body("amountFen", 20000));
		String countyPath = orgPathOfPost(post);
		String rootPath = countyPath.substring(0, countyPath.indexOf('.'));
		// as the rows were written before individual posts were filed by region
		this.jdbc.sql("update gig.post set org_path = cast(:root as ltree) where id = :id")
			.param("root", rootPath)
			.param("id", post)
			.update();
		this.jdbc.sql("update gig.unpaid_report set org_path = cast(:root as ltree) where post_id = :id")
			.param("root", rootPath)
			.param("id", post)
			.update();

		this.context.getBean("individualPostFiling", ApplicationRunner.class).run(null);

		assertThat(orgPathOfPost(post)).isEqualTo(countyPath);
		assertThat(this.jdbc.sql("select org_path::text from gig.unpaid_report where post_id = :id")
			.param("id", post)
			.query(String.class)
			.single()).isEqualTo(countyPath);
	}

}
