package org.gonghui.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import org.gonghui.account.Accounts;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberDraft;
import org.gonghui.org.NewOrganisation;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.Role;

/**
 * Loads the demo city into an empty database when {@code gonghui.demo} is on (by default
 * only on the embedded database), through the modules' own facades so every rule applies
 * to it too.
 */
@Component
@Order(30)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final long SEED = 20230915L;

	private final OrgDirectory orgs;

	private final MemberDirectory members;

	private final Accounts accounts;

	private final ObjectProvider<DemoSection> sections;

	private final boolean enabled;

	private final int memberCount;

	DemoDataLoader(OrgDirectory orgs, MemberDirectory members, Accounts accounts, ObjectProvider<DemoSection> sections,
			Environment environment) {
		this.orgs = orgs;
		this.sections = sections;
		this.members = members;
		this.accounts = accounts;
		String demo = environment.getProperty("gonghui.demo", "");
		this.enabled = StringUtils.hasText(demo) ? Boolean.parseBoolean(demo)
				: !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		this.memberCount = environment.getProperty("gonghui.demo-members", Integer.class,
				DemoCityGenerator.DEFAULT_MEMBER_COUNT);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.accounts.exists("city")) {
			return;
		}
		long started = System.nanoTime();
		DemoCity city = new DemoCityGenerator().generate(SEED, this.memberCount);
		Map<String, Long> ids = new HashMap<>();
		OrgSummary root = this.orgs.root();
		for (DemoOrganisation org : city.organisations()) {
			if (org.parentKey() == null) {
				ids.put(org.key(), root.id());
				continue;
			}
			DemoEnterprise employer = org.enterprise();
			OrgSummary created = this.orgs.register(ids.get(org.parentKey()),
					new NewOrganisation(org.name(), org.type(), org.regionCode(), org.foundedOn(),
							org.hasWorkersCongress(), org.hasOpenFactoryAffairs(),
							employer == null ? null : enterprise(employer)));
			ids.put(org.key(), created.id());
		}
		city.enterprisesWithoutUnion().forEach(employer -> this.orgs.registerEnterprise(enterprise(employer)));
		List<MemberDraft> drafts = new ArrayList<>(city.members().size());
		for (DemoMember member : city.members()) {
			drafts.add(new MemberDraft(member.name(), member.idNumber(), member.mobile(), ids.get(member.orgKey()),
					member.employerName(), member.joinedOn(), member.status(), member.occupation().name(),
					member.skillLevel(), member.newEmploymentForm()));
		}
		this.members.enterAll(drafts);
		Map<String, Long> accountIds = new HashMap<>();
		for (DemoAccount account : city.accounts()) {
			if (!this.accounts.exists(account.username())) {
				long accountId = this.accounts.create(account.username(), account.password(), account.displayName(),
						Role.valueOf(account.role()), account.orgKey() == null ? null : ids.get(account.orgKey()));
				accountIds.put(account.username(), accountId);
			}
		}
		DemoContext context = new DemoContext(city, ids, accountIds, new Random(SEED));
		this.sections.orderedStream().forEach(section -> section.load(context));
		log.info("Loaded the demo city: {} organisations, {} members, {} accounts in {} ms",
				city.organisations().size(), city.members().size(), city.accounts().size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private static NewOrganisation.NewEnterprise enterprise(DemoEnterprise employer) {
		return new NewOrganisation.NewEnterprise(employer.name(), employer.creditCode(), employer.ownership(),
				employer.headcount(), employer.regionCode());
	}

}
