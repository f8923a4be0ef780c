package org.gonghui.org.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.org.NewOrganisation;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;

@Service
class OrgDirectoryService implements OrgDirectory, DataScopes {

	private final OrganisationRepository organisations;

	private final OrganisationCommands commands;

	OrgDirectoryService(OrganisationRepository organisations, OrganisationCommands commands) {
		this.organisations = organisations;
		this.commands = commands;
	}

	@Override
	public OrgSummary register(long parentId, NewOrganisation organisation) {
		OrgSummary parent = this.organisations.find(parentId).orElseThrow(GonghuiException::notFound);
		NewOrganisation.NewEnterprise employer = organisation.employer();
		return this.commands.create(new DataScope(parent.id(), parent.path()),
				new OrganisationForm(organisation.name(), organisation.type(), parentId, organisation.regionCode(),
						organisation.foundedOn(), organisation.hasWorkersCongress(), organisation.hasOpenAffairs(),
						employer == null ? null : employer.name(), employer == null ? null : employer.creditCode(),
						employer == null ? null : employer.ownership(),
						employer == null ? null : employer.headcount()));
	}

	@Override
	@Transactional
	public void registerEnterprise(NewOrganisation.NewEnterprise enterprise) {
		this.organisations.insertEnterprise(enterprise.name(), enterprise.creditCode(), enterprise.ownership(),
				enterprise.headcount(), enterprise.regionCode());
	}

	@Override
	public Optional<OrgSummary> find(long id) {
		return this.organisations.find(id);
	}

	@Override
	public OrgSummary root() {
		return this.organisations.roots().stream().findFirst().orElseThrow();
	}

	@Override
	public OrgSummary federationFor(String regionCode) {
		if (regionCode == null || !regionCode.matches("\\d{6}")) {
			return root();
		}
		return this.organisations.federationOf(regionCode).orElseGet(this::root);
	}

	@Override
	public Optional<OrgSummary> findWithin(DataScope scope, long id) {
		return this.organisations.findWithin(scope, id);
	}

	@Override
	public List<OrgSummary> searchGrassroots(String text, int limit) {
		return this.organisations.grassrootsNamed(text.strip(), Math.min(limit, 50));
	}

	@Override
	public Map<String, OrgSummary> findByNamesWithin(DataScope scope, List<String> names) {
		Map<String, OrgSummary> byName = new LinkedHashMap<>();
		this.organisations.namedWithin(scope, names).forEach(org -> byName.putIfAbsent(org.name(), org));
		return byName;
	}

	@Override
	@Transactional
	public void adjustMemberCounts(Map<Long, Integer> deltas) {
		long[] ids = deltas.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != 0)
			.mapToLong(Map.Entry::getKey)
			.sorted()
			.toArray();
		if (ids.length > 0) {
			// one statement, so the subtree totals' trigger touches each ancestor once
			this.organisations.adjustMemberCounts(ids,
					java.util.Arrays.stream(ids).mapToInt(id -> deltas.get(id)).toArray());
		}
	}

	@Override
	public DataScope scopeOf(CurrentUser user) {
		long orgId = user.requireOrgId();
		OrgSummary org = this.organisations.find(orgId).orElseThrow(GonghuiException::forbidden);
		return new DataScope(org.id(), org.path());
	}

}
