package org.gonghui.member.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberDraft;
import org.gonghui.member.MemberJoined;
import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberTransferred;
import org.gonghui.org.NewOrganisation;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.org.OrganisationMoved;
import org.gonghui.org.Ownership;
import org.gonghui.shared.security.DataScope;
import org.gonghui.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster with the modules it stands on (the union tree, accounts, audit): members
 * entered and transferred announce it, the unions' counts follow, and members follow
 * their union when it moves.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class MemberModuleIntegrationTests {

	@Autowired
	MemberDirectory directory;

	@Autowired
	MemberRegistry registry;

	@Autowired
	OrgDirectory orgs;

	OrgSummary county;

	OrgSummary otherCounty;

	OrgSummary union;

	@BeforeEach
	void tree() {
		long suffix = System.nanoTime() % 1_000_000;
		OrgSummary province = this.orgs.register(this.orgs.root().id(), new NewOrganisation("会员模块测试省总工会" + suffix,
				OrgType.PROVINCIAL_FEDERATION, "420000", null, false, false, null));
		OrgSummary city = this.orgs.register(province.id(), new NewOrganisation("会员模块测试市总工会" + suffix,
				OrgType.CITY_FEDERATION, "420600", null, false, false, null));
		this.county = this.orgs.register(city.id(), new NewOrganisation("会员模块测试甲区总工会" + suffix,
				OrgType.COUNTY_FEDERATION, "420602", null, false, false, null));
		this.otherCounty = this.orgs.register(city.id(), new NewOrganisation("会员模块测试乙县总工会" + suffix,
				OrgType.COUNTY_FEDERATION, "420625", null, false, false, null));
		this.union = union(this.county, "会员模块测试机械厂工会" + suffix);
	}

	OrgSummary union(OrgSummary parent, String name) {
		return this.orgs.register(parent.id(),
				new NewOrganisation(name, OrgType.GRASSROOTS_UNION, parent.regionCode(), null, false, false,
						new NewOrganisation.NewEnterprise(name.replace("工会", ""),
								Fixtures.creditCode(parent.regionCode()), Ownership.NON_PUBLIC, 80,
								parent.regionCode())));
	}

	MemberForm form(String name, long orgId) {
		return new MemberForm(name, Fixtures.idNumber("420602"), Fixtures.mobile(), orgId, null, null, null, null,
				null);
	}

	int count(OrgSummary org) {
		return this.orgs.find(org.id()).orElseThrow().memberCount();
	}

	@Test
	void enteringAMemberAnnouncesItAndCountsOnTheUnion(Scenario scenario) {
		DataScope scope = new DataScope(this.county.id(), this.county.path());

		scenario.stimulate(() -> this.registry.register(scope, form("王建国", this.union.id())))
			.andWaitForEventOfType(MemberJoined.class)
			.matching(joined -> joined.orgId() == this.union.id())
			.toArriveAndVerify(joined -> {
				assertThat(this.directory.find(joined.memberId()).orElseThrow().name()).isEqualTo("王建国");
				assertThat(count(this.union)).isEqualTo(1);
			});
	}

	@Test
	void aTransferAnnouncesBothUnionsAndMovesTheCount(Scenario scenario) {
		DataScope scope = new DataScope(this.county.id(), this.county.path());
		long memberId = this.registry.register(scope, form("李秀英", this.union.id())).id();
		OrgSummary receiving = union(this.otherCounty, "会员模块测试纺织厂工会" + System.nanoTime());
		MemberPatch transfer = new MemberPatch(null, null, receiving.id(), null, null, null, null, null, null, "工作调动",
				null);

		scenario.stimulate(() -> this.registry.update(scope, memberId, transfer))
			.andWaitForEventOfType(MemberTransferred.class)
			.matching(transferred -> transferred.memberId() == memberId)
			.toArriveAndVerify(transferred -> {
				assertThat(transferred.fromOrgId()).isEqualTo(this.union.id());
				assertThat(transferred.toOrgId()).isEqualTo(receiving.id());
				assertThat(count(this.union)).isZero();
				assertThat(count(receiving)).isEqualTo(1);
				assertThat(this.directory.find(memberId).orElseThrow().orgPath()).isEqualTo(receiving.path());
			});
	}

	@Test
	void membersEnteredInBulkCountOnlyWhileActive() {
		this.directory.enterAll(List.of(
				new MemberDraft("张伟", Fixtures.idNumber("420602"), Fixtures.mobile(), this.union.id(), null,
						LocalDate.of(2020, 5, 1), MemberStatus.ACTIVE, null, null, false),
				new MemberDraft("刘芳", Fixtures.idNumber("420602"), Fixtures.mobile(), this.union.id(), null,
						LocalDate.of(2019, 3, 1), MemberStatus.LEFT, null, null, false)));

		assertThat(count(this.union)).isEqualTo(1);
	}

	@Test
	void membersFollowTheirUnionWhenItMoves(Scenario scenario) {
		DataScope scope = new DataScope(this.county.id(), this.county.path());
		long memberId = this.registry.register(scope, form("陈静", this.union.id())).id();
		String newPath = this.otherCounty.path() + "." + this.union.id();

		scenario.publish(new OrganisationMoved(this.union.id(), this.union.path(), newPath))
			.andWaitForStateChange(() -> this.directory.find(memberId).orElseThrow().orgPath(),
					path -> path.equals(newPath))
			.andVerify(path -> assertThat(path).isEqualTo(newPath));
	}

	@Autowired
	MemberQueries queries;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * Roster totals for a county or wider come from the kept counts: after registering,
	 * bulk entry, renaming, leaving, a transfer and a union's move, the kept counts equal
	 * a recount of the whole table, and each page's total equals the members it lists.
	 */
	@Test
	void rosterCountsFollowEveryChange(Scenario scenario) {
		DataScope scope = new DataScope(this.county.id(), this.county.path());
		long wang = this.registry.register(scope, form("王建国", this.union.id())).id();
		this.registry.register(scope, form("王芳", this.union.id()));
		long li = this.registry.register(scope, form("李秀英", this.union.id())).id();
		this.directory.enterAll(List.of(
				new MemberDraft("王五", Fixtures.idNumber("420602"), Fixtures.mobile(), this.union.id(), null,
						LocalDate.of(2019, 3, 1), MemberStatus.LEFT, null, null, true),
				new MemberDraft("赵六", Fixtures.idNumber("420602"), Fixtures.mobile(), this.union.id(), null,
						LocalDate.of(2019, 3, 1), MemberStatus.ACTIVE, null, null, true)));
		assertTotals(this.county.path(), 5, 3, 2);

		this.registry.update(scope, wang,
				new MemberPatch("周建国", null, null, null, null, MemberStatus.LEFT, null, null, null, null, null));
		OrgSummary receiving = union(this.otherCounty, "会员模块测试计数厂工会" + System.nanoTime());
		this.registry.update(scope, li,
				new MemberPatch(null, null, receiving.id(), null, null, null, null, null, null, "工作调动", null));
		assertTotals(this.county.path(), 4, 2, 1);
		assertTotals(this.otherCounty.path(), 1, 0, 0);

		String newPath = this.otherCounty.path() + "." + this.union.id();
		scenario.publish(new OrganisationMoved(this.union.id(), this.union.path(), newPath))
			.andWaitForStateChange(() -> this.directory.find(wang).orElseThrow().orgPath(),
					path -> path.equals(newPath))
			.andVerify(path -> {
				assertTotals(this.county.path(), 0, 0, 0);
				assertTotals(this.otherCounty.path(), 5, 2, 1);
			});
		assertThat(unbalancedRosterCounts()).isZero();
	}

	/** Totals at the county, its city (a wider scope) and, with a name, for 王 and 王芳. */
	void assertTotals(String countyPath, int all, int wang, int activeWang) {
		String cityPath = countyPath.substring(0, countyPath.lastIndexOf('.'));
		assertThat(total(new MemberFilter(countyPath, null, null, null))).isEqualTo(all);
		assertThat(total(new MemberFilter(cityPath, "王", null, null)))
			.isEqualTo(exact(new MemberFilter(cityPath, "王", null, null)));
		assertThat(total(new MemberFilter(cityPath, null, MemberStatus.LEFT, null)))
			.isEqualTo(exact(new MemberFilter(cityPath, null, MemberStatus.LEFT, null)));
		assertThat(total(new MemberFilter(countyPath, "王", null, null))).isEqualTo(wang)
			.isEqualTo(exact(new MemberFilter(countyPath, "王", null, null)));
		assertThat(total(new MemberFilter(countyPath, " 王 ", MemberStatus.ACTIVE, null))).isEqualTo(activeWang);
		assertThat(total(new MemberFilter(countyPath, "王芳", null, null)))
			.isEqualTo(exact(new MemberFilter(countyPath, "王芳", null, null)));
		assertThat(total(new MemberFilter(countyPath, null, null, true)))
			.isEqualTo(exact(new MemberFilter(countyPath, null, null, true)));
		assertThat(unbalancedRosterCounts()).isZero();
	}

	/** A page of one, so the total is counted rather than read off a short page. */
	long total(MemberFilter filter) {
		return this.queries.page(filter, new org.gonghui.shared.web.PageRequest(0, 1)).total();
	}

	int exact(MemberFilter filter) {
		List<MemberRecord> all = new java.util.ArrayList<>();
		this.queries.forEach(filter, all::add);
		return all.size();
	}

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	MemberImportWriter importWriter;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * A transaction that defers the roster counts (as an import does) changes members
	 * without locking their county's count rows; without deferring, the same change holds
	 * them to the commit.
	 */
	@Test
	void aTransactionDeferringRosterCountsLeavesTheCountRowsFree() throws SQLException {
		DataScope scope = new DataScope(this.county.id(), this.county.path());
		long wang = this.registry.register(scope, form("王建国", this.union.id())).id();
		String leave = "update member.member set status = 'LEFT' where id = " + wang;
		try (Connection changing = this.dataSource.getConnection();
				Connection other = this.dataSource.getConnection()) {
			changing.setAutoCommit(false);
			other.setAutoCommit(false);
			try {
				execute(changing, MemberImportWriter.DEFER_ROSTER_COUNTS);
				execute(changing, leave);
				assertThat(countRowsFree(other)).isTrue();
				other.rollback();
				changing.rollback();

				execute(changing, leave);
				assertThat(countRowsFree(other)).isFalse();
			}
			finally {
				other.rollback();
				changing.rollback();
			}
		}
		assertThat(unbalancedRosterCounts()).isZero();
	}

	/**
	 * The import writer defers the counts of the transaction it writes in, and only
	 * those.
	 */
	@Test
	void anImportSessionDefersTheRosterCountsOfItsTransaction() {
		String deferred = new TransactionTemplate(this.transactions).execute(tx -> {
			try (MemberImportWriter.Session session = this.importWriter.open(null)) {
				String setting = this.jdbc.sql("select current_setting('gonghui.defer_roster_counts', true)")
					.query(String.class)
					.single();
				session.addRosterCounts(); // nothing written, nothing to add
				return setting;
			}
		});
		assertThat(deferred).isEqualTo("on");
		assertThat(this.jdbc.sql("select coalesce(current_setting('gonghui.defer_roster_counts', true), '')")
			.query(String.class)
			.single()).isNotEqualTo("on");
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** Whether the county's count rows (there are some) can be locked at once. */
	boolean countRowsFree(Connection connection) throws SQLException {
		try (var statement = connection.prepareStatement(
				"select members from member.roster_count where scope_key = cast(? as ltree) for update nowait")) {
			statement.setString(1, this.county.path());
			int rows = 0;
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					rows++;
				}
			}
			assertThat(rows).isPositive();
			return true;
		}
		catch (SQLException ex) {
			if ("55P03".equals(ex.getSQLState())) { // lock_not_available
				return false;
			}
			throw ex;
		}
	}

	/** Keys where the kept counts and a recount of the members disagree. */
	long unbalancedRosterCounts() {
		return this.jdbc.sql("""
				with recount as (
				    select scope_key, case when grouping(left(name, 1)) = 1 then '' else left(name, 1) end as initial,
				           status, new_employment_form, count(*) as members
				      from member.member
				     group by grouping sets ((scope_key, left(name, 1), status, new_employment_form),
				                             (scope_key, status, new_employment_form))),
				     kept as (select scope_key, initial, status, new_employment_form, members
				                from member.roster_count where members <> 0)
				select count(*) from ((table recount except table kept) union all (table kept except table recount)) d
				""").query(Long.class).single();
	}

}
