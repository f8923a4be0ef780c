package org.gonghui.member.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

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

}
