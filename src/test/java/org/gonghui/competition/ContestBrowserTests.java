package org.gonghui.competition;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.member.MemberDirectory;
import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.Browser;
import org.gonghui.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * A worker signing up on a phone, a judge scoring on a tablet, the public checking a
 * certificate.
 */
@IntegrationTest
class ContestBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberDirectory members;

	String base;

	ContestWorld world;

	ApiClient county;

	@BeforeEach
	void world() {
		this.base = "http://localhost:" + this.port;
		this.world = new ContestWorld(this.port);
		this.county = this.world.login(this.world.account("FEDERATION_STAFF", this.world.countyA));
	}

	@Test
	void workerFindsTheContestAndSignsUpOnAPhone() {
		long contest = this.world.contest(this.county, "一等奖,1");
		String[] nurse = this.world.member(this.world.unionA, "周小护", "护士");
		String worker = this.world.worker(this.members, this.jdbc, nurse);
		Page phone = browser.page(true);
		Browser.login(phone, this.base, worker, "Passw0rd1");

		phone.navigate(this.base + "/public/competitions/" + contest);
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我要报名")).click();
		// the worker signs up as the member the account is linked to, shown read-only
		assertThat(phone.getByLabel("报名会员")).hasValue(nurse[0]);
		assertThat(phone.getByLabel("报名会员")).not().isEditable();
		assertThat(phone.getByLabel("身份证号")).hasCount(0);
		phone.getByLabel("参赛介绍").fill("急诊科护士，从业八年");
		Browser.screenshot(phone, "competition-sign-up");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交报名")).click();

		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("报名已提交");
		assertThat(phone.getByText("待审查")).isVisible();
	}

	@Test
	void aCaptainInvitesATeamAndATeammateConfirmsOnAPhone() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "陈队长", "护士");
		String[] teammate = this.world.member(this.world.unionA2, "林队员", "内科医师");
		String[] stranger = { "查无此人", org.gonghui.support.Fixtures.idNumber("420602") };
		String worker = this.world.worker(this.members, this.jdbc, captain);
		Page phone = browser.page(true);
		Browser.login(phone, this.base, worker, "Passw0rd1");

		phone.navigate(this.base + "/public/competitions/" + contest);
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我要报名")).click();
		assertThat(phone.getByText("每队 2–3 人")).isVisible();
		assertThat(phone.getByLabel("报名会员")).hasValue(captain[0]);
		phone.getByLabel("队名").fill("白衣先锋队");
		phone.getByLabel("其他队员").fill(teammate[0] + "," + teammate[1] + "\n" + stranger[0] + "，" + stranger[1]);
		Browser.screenshot(phone, "competition-team-sign-up");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交报名")).click();

		// both are invited alike, whether or not they are members
		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("报名已提交");
		assertThat(phone.getByText("白衣先锋队")).isVisible();
		assertThat(phone.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("队伍邀请"))
			.getByRole(AriaRole.LISTITEM)).hasCount(2);
		assertThat(phone.getByText("待确认", new Page.GetByTextOptions().setExact(true))).hasCount(2);
		phone.getByRole(AriaRole.LISTITEM)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(stranger[0]))
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("撤回邀请"))
			.click();
		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("邀请已撤回");
		assertThat(phone.getByText(stranger[0])).hasCount(0);

		// the teammate, not linked yet, is sent to 实名认证; once linked there, they see
		// the invitation and confirm
		String mate = this.world.account("WORKER", null);
		Page matePhone = browser.page(true);
		Browser.login(matePhone, this.base, mate, "Passw0rd1");
		matePhone.navigate(this.base + "/portal/competitions");
		assertThat(matePhone.getByText("确认加入")).hasCount(0);
		assertThat(matePhone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("去实名认证")))
			.hasAttribute("href", "/portal/identity?next=/portal/competitions");
		AccountLinks.link(this.members, this.jdbc, mate, this.members.findByIdNumber(teammate[1]).orElseThrow().id());
		matePhone.reload();
		assertThat(matePhone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("去实名认证"))).hasCount(0);
		assertThat(matePhone.getByText("队长 陈** 邀请你加入「白衣先锋队」队")).isVisible();
		Browser.screenshot(matePhone, "competition-team-invitation");
		// a code goes to the phone on the roster (masked on screen; the demo shows it)
		matePhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码")).click();
		assertThat(matePhone.getByRole(AriaRole.STATUS)).containsText("****");
		String sent = matePhone.getByRole(AriaRole.STATUS).textContent();
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("验证码：(\\d{6})").matcher(sent);
		org.assertj.core.api.Assertions.assertThat(code.find()).as(sent).isTrue();
		matePhone.getByLabel("短信验证码").fill(code.group(1));
		matePhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认加入")).click();

		assertThat(matePhone.getByRole(AriaRole.STATUS)).containsText("已确认加入队伍");
		assertThat(matePhone.getByText("白衣先锋队")).isVisible();
		assertThat(matePhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认加入"))).hasCount(0);
		phone.reload();
		assertThat(phone.getByText(teammate[0])).isVisible();
		assertThat(phone.getByText("待确认", new Page.GetByTextOptions().setExact(true))).hasCount(0);
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.sql("select count(*) from competition.entry_member where contest_id = :c")
				.param("c", contest)
				.query(Long.class)
				.single())
			.isEqualTo(2);
	}

	@Test
	void judgeScoresEachCriterionOnATabletAndTheSheetLocks() {
		long contest = this.world.contest(this.county, "一等奖,1");
		long round = this.world.round(this.county, contest,
				body("name", "决赛", "judgesWeight", 100, "criteria", "检查颈动脉搏动和呼吸,10\n按压深度,20", "trimFromJudges", 0));
		List<Long> entries = this.world.enter(this.county, contest,
				List.of(this.world.member(this.world.unionA, "吴医生", "内科医师"),
						this.world.member(this.world.unionA2, "郑护士", "护士")));
		String judge = this.world.account("JUDGE", null);
		this.county.post("/api/v1/competitions/rounds/" + round + "/judges",
				body("username", judge, "employerOrgId", this.world.unionA2, "chief", true));
		this.county.post("/api/v1/competitions/rounds/" + round + "/open", Map.of());
		Page tablet = browser.page(false);
		tablet.setViewportSize(1024, 768);
		Browser.login(tablet, this.base, judge, "Passw0rd1");

		tablet.navigate(this.base + "/judge");
		tablet.getByText("决赛").first().click();
		assertThat(tablet.getByText("回避")).isVisible();
		tablet.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("评分")).click();
		tablet.getByLabel("检查颈动脉搏动和呼吸（满分 10）").fill("9");
		tablet.getByLabel("按压深度（满分 20）").fill("18.5");
		Browser.screenshot(tablet, "competition-judge-sheet");
		tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评分（提交后不可修改）")).click();

		assertThat(tablet.getByRole(AriaRole.STATUS)).containsText("评分已提交并锁定");
		assertThat(tablet.getByText("27.50")).isVisible();
		assertThat(tablet.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("评分"))).hasCount(0);
		tablet.navigate(this.base + "/judge/rounds/" + round + "/entries/" + entries.get(0));
		assertThat(tablet.locator("form.stack")).hasCount(0);
	}

	@Test
	void thePublicChecksACertificateByItsCode() {
		long contest = this.world.contest(this.county, "一等奖,1");
		long round = this.world.round(this.county, contest,
				body("name", "决赛", "objectiveWeight", 100, "objectiveFullMarks", 100));
		List<Long> entries = this.world.enter(this.county, contest,
				List.<String[]>of(this.world.member(this.world.unionA, "冯冠军", "护士")));
		this.county.post("/api/v1/competitions/rounds/" + round + "/open", Map.of());
		this.county.post("/api/v1/competitions/rounds/" + round + "/objective-results",
				body("entryId", entries.get(0), "score", 96));
		this.county.post("/api/v1/competitions/rounds/" + round + "/close", Map.of());
		this.county.post("/api/v1/competitions/rounds/" + round + "/publish", Map.of());
		String code = this.jdbc.sql("select code from competition.award where entry_id = :e")
			.param("e", entries.get(0))
			.query(String.class)
			.single();
		Page phone = browser.page(true);

		phone.navigate(this.base + "/public/certificates");
		phone.getByLabel("证书验证码").fill(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查验")).click();

		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("证书真实有效");
		assertThat(phone.getByText("冯冠军")).isVisible();
		Browser.screenshot(phone, "competition-certificate-check");
		phone.navigate(this.base + "/public/certificates/ABCDEFGHJKMN");
		assertThat(phone.getByRole(AriaRole.ALERT)).containsText("未找到");
	}

}
