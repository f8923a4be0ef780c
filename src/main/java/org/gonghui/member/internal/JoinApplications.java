package org.gonghui.member.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.SkillLevel;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/**
 * Joining online (入会): a worker applies to a grassroots union, whose officers (or the
 * federations above it) approve — entering the member on the roster — or reject with a
 * reason.
 */
@Service
class JoinApplications {

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final MemberRegistry registry;

	private final OrgDirectory orgs;

	private final AuditLog audit;

	private final Clock clock;

	JoinApplications(JdbcClient jdbc, PersonalDataCipher cipher, MemberRegistry registry, OrgDirectory orgs,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.registry = registry;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long submit(CurrentUser worker, Application form) {
		IdNumber idNumber = this.registry.idNumber(form.idNumber());
		String phone = MemberRegistry.phone(form.phone());
		OrgSummary union = this.orgs.find(form.orgId())
			.filter(org -> org.type() == OrgType.GRASSROOTS_UNION)
			.orElseThrow(() -> GonghuiException.invalidField("orgId", "member.org.not-grassroots"));
		this.registry.refuseDuplicate(idNumber);
		try {
			long id = this.jdbc
				.sql("""
						insert into member.join_application (account_id, name, id_number_cipher, id_number_hash,
						    id_number_masked, birth_date, gender, phone, org_id, org_path, employer, occupation, skill_level,
						    new_employment_form, status)
						values (:account, :name, :cipher, :hash, :masked, :birth, :gender, :phone, :org, cast(:path as ltree),
						    :employer, :occupation, :skill, :nef, 'PENDING') returning id""")
				.param("account", worker.accountId())
				.param("name", form.name().strip())
				.param("cipher", this.cipher.encrypt(idNumber.value()))
				.param("hash", this.cipher.hash(idNumber.value()))
				.param("masked", idNumber.masked())
				.param("birth", Date.valueOf(idNumber.birthDate()))
				.param("gender", idNumber.gender().name())
				.param("phone", phone)
				.param("org", union.id())
				.param("path", union.path())
				.param("employer", MemberRegistry.blankToNull(form.employer()))
				.param("occupation", MemberRegistry.blankToNull(form.occupation()))
				.param("skill", form.skillLevel() == null ? null : form.skillLevel().name())
				.param("nef", Boolean.TRUE.equals(form.newEmploymentForm()))
				.query(Long.class)
				.single();
			this.audit.record(AuditEntry.of(AuditAction.CREATE, "join-application", id, union.path(),
					"入会申请：" + form.name().strip() + " 申请加入 " + union.name()));
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("join.already-pending");
		}
	}

	List<ApplicationView> mine(long accountId) {
		return this.jdbc.sql(SELECT + " where account_id = :account order by submitted_at desc")
			.param("account", accountId)
			.query(views())
			.list();
	}

	List<ApplicationView> pending(DataScope scope, int limit) {
		return this.jdbc.sql(SELECT
				+ " where status = 'PENDING' and org_path <@ cast(:path as ltree) order by submitted_at limit :limit")
			.param("path", scope.path())
			.param("limit", limit)
			.query(views())
			.list();
	}

	/** Approves: enters the member on the union's roster, in the same transaction. */
	@Transactional
	public MemberRecord approve(DataScope scope, long id, CurrentUser reviewer) {
		Pending application = lockPending(scope, id);
		String idNumber = this.cipher.decrypt(application.cipher());
		NewMember member = new NewMember(application.view().name(), IdNumber.of(idNumber), application.view().phone(),
				application.view().orgId(), application.path(), application.view().employer(),
				LocalDate.now(this.clock), application.view().occupation(), application.view().skillLevel(),
				application.view().newEmploymentForm());
		this.registry.refuseDuplicate(member.idNumber());
		MemberRecord entered = this.registry.enter(member, "JOINED", "网上入会申请 #" + id);
		decide(id, "APPROVED", null, reviewer, entered.id());
		this.audit.record(AuditEntry.of(AuditAction.APPROVE, "join-application", id, application.path(),
				"批准入会申请：" + application.view().name()));
		return entered;
	}

	@Transactional
	public void reject(DataScope scope, long id, String reason, CurrentUser reviewer) {
		if (reason.isBlank()) {
			throw GonghuiException.invalidField("reason", "join.reason.required");
		}
		Pending application = lockPending(scope, id);
		decide(id, "REJECTED", reason.strip(), reviewer, null);
		this.audit.record(AuditEntry.of(AuditAction.REJECT, "join-application", id, application.path(),
				"驳回入会申请：" + application.view().name() + "，理由：" + reason.strip()));
	}

	private Pending lockPending(DataScope scope, long id) {
		Optional<Pending> found = this.jdbc
			.sql(SELECT_FULL + " where id = :id and org_path <@ cast(:path as ltree) for update")
			.param("id", id)
			.param("path", scope.path())
			.query((rs, row) -> new Pending(views().mapRow(rs, row), rs.getBytes("id_number_cipher"),
					rs.getString("org_path")))
			.optional();
		Pending application = found.orElseThrow(GonghuiException::notFound);
		if (!"PENDING".equals(application.view().status())) {
			throw GonghuiException.conflict("join.already-decided");
		}
		return application;
	}

	private void decide(long id, String status, @Nullable String reason, CurrentUser reviewer,
			@Nullable Long memberId) {
		this.jdbc.sql("""
				update member.join_application set status = :status, reason = :reason, decided_at = now(),
				       decided_by = :by, member_id = :member, version = version + 1 where id = :id""")
			.param("status", status)
			.param("reason", reason)
			.param("by", reviewer.accountId())
			.param("member", memberId)
			.param("id", id)
			.update();
	}

	private static final String SELECT = """
			select id, name, id_number_masked, phone, org_id, employer, occupation, skill_level, new_employment_form,
			       status, reason, submitted_at, decided_at from member.join_application""";

	private static final String SELECT_FULL = """
			select id, name, id_number_masked, phone, org_id, employer, occupation, skill_level, new_employment_form,
			       status, reason, submitted_at, decided_at, id_number_cipher, org_path::text as org_path
			from member.join_application""";

	/**
	 * Maps rows to views, looking each union's name up once per query rather than once
	 * per row.
	 */
	private RowMapper<ApplicationView> views() {
		Map<Long, String> unionNames = new HashMap<>();
		return (rs, row) -> {
			long orgId = rs.getLong("org_id");
			String skill = rs.getString("skill_level");
			java.sql.Timestamp decided = rs.getTimestamp("decided_at");
			String unionName = unionNames.computeIfAbsent(orgId,
					id -> this.orgs.find(id).map(OrgSummary::name).orElse(""));
			return new ApplicationView(rs.getLong("id"), rs.getString("name"), rs.getString("id_number_masked"),
					rs.getString("phone"), orgId, unionName, rs.getString("employer"), rs.getString("occupation"),
					skill == null ? null : SkillLevel.valueOf(skill), rs.getBoolean("new_employment_form"),
					rs.getString("status"), rs.getString("reason"), BusinessTime.local(rs.getTimestamp("submitted_at")),
					decided == null ? null : BusinessTime.local(decided));
		};
	}

	/** The worker's form. */
	record Application(
			@NotBlank(message = "{member.name.required}") @Size(max = 50, message = "{member.name.size}") String name,
			@NotBlank(message = "{id-number.required}") String idNumber,
			@NotBlank(message = "{member.phone.required}") String phone,
			@NotNull(message = "{member.org.required}") Long orgId,
			@Nullable @Size(max = 100, message = "{member.employer.size}") String employer,
			@Nullable @Size(max = 60, message = "{member.occupation.size}") String occupation,
			@Nullable SkillLevel skillLevel, @Nullable Boolean newEmploymentForm) {
	}

	record ApplicationView(long id, String name, String idNumberMasked, String phone, long orgId, String orgName,
			@Nullable String employer, @Nullable String occupation, @Nullable SkillLevel skillLevel,
			boolean newEmploymentForm, String status, @Nullable String reason, java.time.LocalDateTime submittedAt,
			java.time.@Nullable LocalDateTime decidedAt) {
	}

	private record Pending(ApplicationView view, byte[] cipher, String path) {
	}

}
