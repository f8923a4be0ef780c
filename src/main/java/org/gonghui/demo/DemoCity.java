package org.gonghui.demo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.gonghui.org.OrgType;

/**
 * Everything generated for the demo city, in insertion order: parents come before their
 * children in {@link #organisations()}.
 */
public record DemoCity(List<DemoOrganisation> organisations, List<DemoEnterprise> enterprisesWithoutUnion,
		List<DemoMember> members, List<DemoAccount> accounts) {

	public DemoCity {
		organisations = List.copyOf(organisations);
		enterprisesWithoutUnion = List.copyOf(enterprisesWithoutUnion);
		members = List.copyOf(members);
		accounts = List.copyOf(accounts);
	}

	public Optional<DemoOrganisation> organisation(String key) {
		return this.organisations.stream().filter(org -> org.key().equals(key)).findFirst();
	}

	public List<DemoOrganisation> grassrootsUnions() {
		return this.organisations.stream().filter(org -> org.type() == OrgType.GRASSROOTS_UNION).toList();
	}

	/** Every employer: those with a grassroots union first, then those without. */
	public List<DemoEnterprise> enterprises() {
		return Stream
			.concat(grassrootsUnions().stream().map(DemoOrganisation::enterprise),
					this.enterprisesWithoutUnion.stream())
			.map(Objects::requireNonNull)
			.toList();
	}

	/** 建会率: employers with a grassroots union over all employers. */
	public double foundingRate() {
		int withUnion = grassrootsUnions().size();
		return (double) withUnion / (withUnion + this.enterprisesWithoutUnion.size());
	}

}
