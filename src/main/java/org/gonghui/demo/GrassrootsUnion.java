package org.gonghui.demo;

/**
 * A generated grassroots union with the sector its members' occupations are drawn from.
 */
record GrassrootsUnion(DemoOrganisation organisation, Sector sector) {

	DemoEnterprise enterprise() {
		DemoEnterprise enterprise = this.organisation.enterprise();
		if (enterprise == null) {
			throw new IllegalStateException("A grassroots union has an employer: " + this.organisation.key());
		}
		return enterprise;
	}

}
