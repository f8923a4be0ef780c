package org.gonghui.account;

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
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts with the union tree and the audit log: a staff account is filed under its
 * organisation's path and follows it when the organisation moves.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class AccountModuleIntegrationTests {

	@Autowired
	Accounts accounts;

	@Autowired
	OrgDirectory orgs;

	@Autowired
	JdbcClient jdbc;

	OrgSummary countyA;

	OrgSummary countyB;

	@BeforeEach
	void tree() {
		long suffix = System.nanoTime() % 1_000_000;
		OrgSummary province = this.orgs.register(this.orgs.root().id(), new NewOrganisation("账号模块测试省总工会" + suffix,
				OrgType.PROVINCIAL_FEDERATION, "420000", null, false, false, null));
		OrgSummary city = this.orgs.register(province.id(), new NewOrganisation("账号模块测试市总工会" + suffix,
				OrgType.CITY_FEDERATION, "420600", null, false, false, null));
		this.countyA = this.orgs.register(city.id(), new NewOrganisation("账号模块测试甲区总工会" + suffix,
				OrgType.COUNTY_FEDERATION, "420602", null, false, false, null));
		this.countyB = this.orgs.register(city.id(), new NewOrganisation("账号模块测试乙县总工会" + suffix,
				OrgType.COUNTY_FEDERATION, "420625", null, false, false, null));
	}

	String orgPathOf(long accountId) {
		return this.jdbc.sql("select org_path::text from account.account where id = :id")
			.param("id", accountId)
			.query(String.class)
			.single();
	}

	@Test
	void aStaffAccountIsFiledUnderItsOrganisationAndItsCreationAudited() {
		long id = this.accounts.create("module" + System.nanoTime(), "Passw0rd1", "模块测试", Role.FEDERATION_STAFF,
				this.countyA.id());

		assertThat(this.accounts.find(id).orElseThrow().orgId()).isEqualTo(this.countyA.id());
		assertThat(orgPathOf(id)).isEqualTo(this.countyA.path());
		assertThat(this.jdbc.sql("""
				select org_path::text from audit.audit_event
				where action = 'CREATE' and entity_type = 'account' and entity_id = :id""")
			.param("id", String.valueOf(id))
			.query(String.class)
			.single()).isEqualTo(this.countyA.path());
	}

	@Test
	void aStaffAccountNeedsAnOrganisationAndAStrongPassword() {
		assertThatThrownBy(() -> this.accounts.create("nobody" + System.nanoTime(), "Passw0rd1", "无组织",
				Role.FEDERATION_STAFF, null))
			.isInstanceOf(GonghuiException.class)
			.hasFieldOrPropertyWithValue("messageKey", "account.org.required");
		assertThatThrownBy(() -> this.accounts.create("weak" + System.nanoTime(), "password", "弱密码",
				Role.FEDERATION_STAFF, this.countyA.id()))
			.isInstanceOf(GonghuiException.class)
			.hasFieldOrPropertyWithValue("messageKey", "account.password.weak");
	}

	@Test
	void accountsFollowTheirOrganisationWhenItMoves(Scenario scenario) {
		long id = this.accounts.create("mover" + System.nanoTime(), "Passw0rd1", "搬迁测试", Role.FEDERATION_STAFF,
				this.countyA.id());
		String newPath = this.countyB.path() + "." + this.countyA.id();

		scenario.publish(new OrganisationMoved(this.countyA.id(), this.countyA.path(), newPath))
			.andWaitForStateChange(() -> orgPathOf(id), path -> path.equals(newPath))
			.andVerify(path -> assertThat(path).isEqualTo(newPath));
	}

}
