package org.gonghui.org.internal;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

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
 * The union tree on its own (with the audit log it writes to): built through
 * {@link OrgDirectory}, moved through the console's commands, announcing each move.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class OrgModuleIntegrationTests {

	@Autowired
	OrgDirectory directory;

	@Autowired
	OrganisationCommands commands;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	OrgSummary city;

	OrgSummary countyA;

	OrgSummary countyB;

	@BeforeEach
	void tree() {
		long suffix = System.nanoTime() % 1_000_000;
		OrgSummary province = this.directory.register(this.directory.root().id(),
				federation("模块测试省总工会" + suffix, OrgType.PROVINCIAL_FEDERATION, "420000"));
		this.city = this.directory.register(province.id(),
				federation("模块测试市总工会" + suffix, OrgType.CITY_FEDERATION, "420600"));
		this.countyA = this.directory.register(this.city.id(),
				federation("模块测试甲区总工会" + suffix, OrgType.COUNTY_FEDERATION, "420602"));
		this.countyB = this.directory.register(this.city.id(),
				federation("模块测试乙县总工会" + suffix, OrgType.COUNTY_FEDERATION, "420625"));
	}

	static NewOrganisation federation(String name, OrgType type, String region) {
		return new NewOrganisation(name, type, region, null, false, false, null);
	}

	OrgSummary union(OrgSummary parent, String name) {
		return this.directory.register(parent.id(),
				new NewOrganisation(name, OrgType.GRASSROOTS_UNION, parent.regionCode(), null, true, false,
						new NewOrganisation.NewEnterprise(name.replace("工会", ""),
								Fixtures.creditCode(parent.regionCode()), Ownership.NON_PUBLIC, 120,
								parent.regionCode())));
	}

	@Test
	void aRegisteredUnionHangsUnderItsParentsPath() {
		OrgSummary union = union(this.countyA, "模块测试机械厂工会" + System.nanoTime());

		assertThat(union.path()).isEqualTo(this.countyA.path() + "." + union.id());
		assertThat(this.directory.findWithin(new DataScope(this.countyA.id(), this.countyA.path()), union.id()))
			.isPresent();
		assertThat(this.directory.findWithin(new DataScope(this.countyB.id(), this.countyB.path()), union.id()))
			.isEmpty();
	}

	@Test
	void movingAnOrganisationAnnouncesItsOldAndNewPathAndMovesItsSubtree(Scenario scenario) {
		OrgSummary union = union(this.countyA, "模块测试搬迁厂工会" + System.nanoTime());
		DataScope cityScope = new DataScope(this.city.id(), this.city.path());
		OrganisationPatch move = new OrganisationPatch(null, null, this.countyB.id(), null, null, null, null, null,
				null, null, null);

		scenario.stimulate(() -> this.commands.update(cityScope, union.id(), move))
			.andWaitForEventOfType(OrganisationMoved.class)
			.matching(moved -> moved.orgId() == union.id())
			.toArriveAndVerify(moved -> {
				assertThat(moved.oldPath()).isEqualTo(this.countyA.path() + "." + union.id());
				assertThat(moved.newPath()).isEqualTo(this.countyB.path() + "." + union.id());
				assertThat(this.directory.find(union.id()).orElseThrow().path()).isEqualTo(moved.newPath());
			});
	}

	@Test
	void memberCountsAddUpPerOrganisation() {
		OrgSummary union = union(this.countyA, "模块测试纺织厂工会" + System.nanoTime());

		this.directory.adjustMemberCounts(Map.of(union.id(), 3));
		this.directory.adjustMemberCounts(Map.of(union.id(), -1));

		assertThat(this.directory.find(union.id()).orElseThrow().memberCount()).isEqualTo(2);
	}

	@Test
	void aMoveIsRecordedInTheAuditLogUnderTheNewPath() {
		OrgSummary union = union(this.countyA, "模块测试审计厂工会" + System.nanoTime());
		DataScope cityScope = new DataScope(this.city.id(), this.city.path());

		this.commands.update(cityScope, union.id(),
				new OrganisationPatch(null, null, this.countyB.id(), null, null, null, null, null, null, null, null));

		assertThat(this.jdbc.sql("""
				select org_path::text from audit.audit_event
				where action = 'MOVE' and entity_type = 'organisation' and entity_id = :id""")
			.param("id", String.valueOf(union.id()))
			.query(String.class)
			.single()).isEqualTo(this.countyB.path() + "." + union.id());
	}

	@Test
	void indicatorTotalsFollowEveryChangeOfTheTree() {
		OrgSummary one = union(this.countyA, "模块测试总数一厂工会" + System.nanoTime());
		OrgSummary two = union(this.countyA, "模块测试总数二厂工会" + System.nanoTime());
		this.directory.adjustMemberCounts(Map.of(one.id(), 40, two.id(), 7));
		DataScope cityScope = new DataScope(this.city.id(), this.city.path());
		this.commands.update(cityScope, two.id(),
				new OrganisationPatch(null, null, null, null, null, true, null, null, null, null, null));
		this.commands.update(cityScope, two.id(),
				new OrganisationPatch(null, null, this.countyB.id(), null, null, null, null, null, null, null, null));
		this.directory.adjustMemberCounts(Map.of(two.id(), -2));

		// an organisation removed by hand (there is no delete in the application) leaves
		// its
		// ancestors' totals right and no totals of its own
		OrgSummary mistake = union(this.countyA, "模块测试误建厂工会" + System.nanoTime());
		this.directory.adjustMemberCounts(Map.of(mistake.id(), 3));
		this.jdbc.sql("delete from org.organisation where id = :id").param("id", mistake.id()).update();
		assertThat(this.jdbc.sql("select count(*) from org.subtree_totals where org_id = :id")
			.param("id", mistake.id())
			.query(Long.class)
			.single()).isZero();

		assertThat(totals(this.countyA)).containsExactly(2L, 1L, 1L, 0L, 40L);
		assertThat(totals(this.countyB)).containsExactly(2L, 1L, 1L, 1L, 5L);
		assertThat(totals(this.city)).containsExactly(5L, 2L, 2L, 1L, 45L);
		// and everywhere in the database, whatever other tests did, they equal a recount
		assertThat(this.jdbc.sql("""
				select count(*) from org.organisation p
				 join org.subtree_totals t on t.org_id = p.id
				 cross join lateral (
				       select count(*) as organisations,
				              count(*) filter (where type = 'GRASSROOTS_UNION') as grassroots,
				              count(*) filter (where type = 'GRASSROOTS_UNION' and has_workers_congress) as congress,
				              count(*) filter (where type = 'GRASSROOTS_UNION' and has_open_affairs) as open_affairs,
				              coalesce(sum(member_count), 0) as members
				         from org.organisation o where o.path <@ p.path) r
				 where (t.organisations, t.grassroots, t.congress, t.open_affairs, t.members)
				       is distinct from (r.organisations, r.grassroots, r.congress, r.open_affairs, r.members)""")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from (select distinct unnest(org.region_prefixes(region_code)) as prefix
				                        from org.enterprise) p
				 left join org.region_enterprise_totals t on t.prefix = p.prefix
				 cross join lateral (
				       select count(*) as enterprises, count(o.id) as unionised from org.enterprise e
				         left join org.organisation o on o.enterprise_id = e.id
				        where e.region_code like p.prefix || '%') r
				 where (t.enterprises, t.unionised) is distinct from (r.enterprises, r.unionised)""")
			.query(Long.class)
			.single()).isZero();
	}

	java.util.List<Long> totals(OrgSummary org) {
		return this.jdbc.sql("""
				select organisations, grassroots, congress, open_affairs, members
				from org.subtree_totals where org_id = :id""")
			.param("id", org.id())
			.query((rs, row) -> java.util.List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.single();
	}

	@Test
	void unionsAreLookedUpByExactNameThroughABtreeNotTheTrigramIndex() throws Exception {
		// the trigram index also answers equality, and did: 2 s for 500 names against
		// 300 000 organisations during a roster import, where a btree takes 50 ms. The
		// repository compares under "C", which only the btree has; the scope's path is
		// left out here, as in a small tree its index can look selective enough to hide
		// the choice
		String names = java.util.stream.IntStream.range(0, 500)
			.mapToObj(i -> "'某某市第" + i + "区有限公司工会委员会'")
			.collect(java.util.stream.Collectors.joining(","));
		try (java.sql.Connection connection = this.dataSource.getConnection();
				java.sql.Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute("set local enable_seqscan = off");
			StringBuilder plan = new StringBuilder();
			try (java.sql.ResultSet rows = statement.executeQuery(
					"explain select o.id from org.organisation o where o.name collate \"C\" in (" + names + ")")) {
				while (rows.next()) {
					plan.append(rows.getString(1)).append('\n');
				}
			}
			connection.rollback();
			assertThat(plan.toString()).contains("organisation_name_c").doesNotContain("organisation_name_trgm");
		}
	}

}
