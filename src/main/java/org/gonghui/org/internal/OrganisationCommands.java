package org.gonghui.org.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.org.OrganisationMoved;
import org.gonghui.org.Ownership;
import org.gonghui.shared.ident.CreditCode;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/** Creating, changing and moving organisations inside a staff account's subtree. */
@Service
class OrganisationCommands {

	private final OrganisationRepository organisations;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	OrganisationCommands(OrganisationRepository organisations, AuditLog audit, ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public OrgSummary create(DataScope scope, OrganisationForm form) {
		OrgSummary parent = this.organisations.findWithin(scope, form.parentId())
			.orElseThrow(() -> GonghuiException.invalidField("parentId", "org.parent.not-found"));
		if (!TreeRules.mayHaveChild(parent.type(), form.type())) {
			throw GonghuiException.invalidField("type", "org.type.not-allowed-under", parent.name());
		}
		Long enterpriseId = null;
		if (form.type() == OrgType.GRASSROOTS_UNION) {
			String creditCode = checkedCreditCode(form.creditCode(), null);
			String employer = required(form.employerName(), "employerName", "org.employer.required");
			Ownership ownership = form.ownership();
			if (ownership == null) {
				throw GonghuiException.invalidField("ownership", "org.ownership.required");
			}
			enterpriseId = this.organisations.insertEnterprise(employer, creditCode, ownership,
					form.headcount() == null ? 0 : form.headcount(), form.regionCode());
		}
		long id = this.organisations.insert(form.name().strip(), form.type(), parent, form.regionCode(), enterpriseId,
				form.foundedOn(), Boolean.TRUE.equals(form.hasWorkersCongress()),
				Boolean.TRUE.equals(form.hasOpenAffairs()));
		OrgSummary created = this.organisations.find(id).orElseThrow();
		this.audit
			.record(AuditEntry.of(AuditAction.CREATE, "organisation", id, created.path(), "新建组织 " + created.name())
				.withChanges(AuditEntry.diff(Map.of(), fields(created))));
		return created;
	}

	/**
	 * Creates the root of the tree when the database is empty; used at first start only.
	 */
	@Transactional
	public OrgSummary createRoot(String name) {
		long id = this.organisations.insert(name, OrgType.NATIONAL_FEDERATION, null, "000000", null, null, false,
				false);
		return this.organisations.find(id).orElseThrow();
	}

	@Transactional
	public OrgSummary update(DataScope scope, long id, OrganisationPatch patch) {
		OrgSummary current = this.organisations.findWithin(scope, id).orElseThrow(GonghuiException::notFound);
		int version = this.organisations.version(id).orElseThrow();
		if (patch.version() != null && patch.version() != version) {
			throw GonghuiException.conflict("error.concurrent-change");
		}
		String name = patch.name() == null ? current.name() : patch.name().strip();
		String region = patch.regionCode() == null ? current.regionCode() : patch.regionCode();
		LocalDate founded = patch.foundedOn() == null ? current.foundedOn() : patch.foundedOn();
		boolean congress = patch.hasWorkersCongress() == null ? current.hasWorkersCongress()
				: patch.hasWorkersCongress();
		boolean open = patch.hasOpenAffairs() == null ? current.hasOpenAffairs() : patch.hasOpenAffairs();
		if (!this.organisations.update(id, version, name, region, founded, congress, open)) {
			throw GonghuiException.conflict("error.concurrent-change");
		}
		OrgSummary.Employer employer = current.employer();
		if (employer != null && (patch.employerName() != null || patch.creditCode() != null || patch.ownership() != null
				|| patch.headcount() != null)) {
			String creditCode = patch.creditCode() == null ? employer.creditCode()
					: checkedCreditCode(patch.creditCode(), employer.id());
			this.organisations.updateEnterprise(employer.id(),
					patch.employerName() == null ? employer.name() : patch.employerName().strip(), creditCode,
					patch.ownership() == null ? employer.ownership() : patch.ownership(),
					patch.headcount() == null ? employer.headcount() : patch.headcount(), region);
		}
		if (patch.parentId() != null && !patch.parentId().equals(current.parentId())) {
			move(scope, current, patch.parentId());
		}
		OrgSummary updated = this.organisations.find(id).orElseThrow();
		this.audit
			.record(AuditEntry.of(AuditAction.UPDATE, "organisation", id, updated.path(), "修改组织 " + updated.name())
				.withChanges(AuditEntry.diff(fields(current), fields(updated))));
		return updated;
	}

	private void move(DataScope scope, OrgSummary org, long newParentId) {
		if (org.id() == scope.orgId()) {
			throw GonghuiException.invalidField("parentId", "org.move.own-root");
		}
		OrgSummary newParent = this.organisations.findWithin(scope, newParentId)
			.orElseThrow(() -> GonghuiException.invalidField("parentId", "org.parent.not-found"));
		if (newParent.path().equals(org.path()) || newParent.path().startsWith(org.path() + ".")) {
			throw GonghuiException.invalidField("parentId", "org.move.into-own-subtree");
		}
		if (!TreeRules.mayHaveChild(newParent.type(), org.type())) {
			throw GonghuiException.invalidField("parentId", "org.type.not-allowed-under", newParent.name());
		}
		this.organisations.move(org.id(), org.path(), newParent);
		String newPath = newParent.path() + "." + org.id();
		this.audit.record(AuditEntry.of(AuditAction.MOVE, "organisation", org.id(), newPath,
				"移动组织 " + org.name() + " 至 " + newParent.name()));
		this.events.publishEvent(new OrganisationMoved(org.id(), org.path(), newPath));
	}

	private String checkedCreditCode(@Nullable String raw, @Nullable Long exceptEnterpriseId) {
		String error = CreditCode.validate(raw);
		if (error != null || raw == null) {
			throw GonghuiException.invalidField("creditCode", error == null ? "credit-code.required" : error);
		}
		String code = CreditCode.normalise(raw);
		if (this.organisations.creditCodeTaken(code, exceptEnterpriseId)) {
			throw new GonghuiException(HttpStatus.CONFLICT,
					java.util.List.of(new GonghuiException.FieldError("creditCode", "credit-code.taken")),
					"credit-code.taken");
		}
		return code;
	}

	private static String required(@Nullable String value, String field, String key) {
		if (value == null || value.isBlank()) {
			throw GonghuiException.invalidField(field, key);
		}
		return value.strip();
	}

	private static Map<String, @Nullable Object> fields(OrgSummary org) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("name", org.name());
		fields.put("type", org.type());
		fields.put("parentId", org.parentId());
		fields.put("regionCode", org.regionCode());
		fields.put("foundedOn", org.foundedOn());
		fields.put("hasWorkersCongress", org.hasWorkersCongress());
		fields.put("hasOpenAffairs", org.hasOpenAffairs());
		fields.put("creditCode", org.creditCode());
		return fields;
	}

}
