package org.gonghui.assistance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.assistance.Actor;
import org.gonghui.assistance.SchoolLevel;
import org.gonghui.assistance.StudentAid;
import org.gonghui.assistance.StudentAidTable;
import org.gonghui.assistance.StudentAwardDraft;
import org.gonghui.assistance.StudentHouseholdType;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberSummary;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/**
 * Student aid awards. The student is identified by the keyed hash of their ID number, so
 * one award per student per year holds across unions and the number itself stays
 * encrypted.
 */
@Service
class StudentAidService implements StudentAid {

	private final JdbcClient jdbc;

	private final MemberDirectory members;

	private final HardshipCaseRepository cases;

	private final PersonalDataCipher cipher;

	private final AuditLog audit;

	StudentAidService(JdbcClient jdbc, MemberDirectory members, HardshipCaseRepository cases, PersonalDataCipher cipher,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.members = members;
		this.cases = cases;
		this.cipher = cipher;
		this.audit = audit;
	}

	StudentAidTable table() {
		Map<SchoolLevel, Map<StudentHouseholdType, Money>> amounts = new EnumMap<>(SchoolLevel.class);
		this.jdbc.sql("select level, household_type, amount_fen from assistance.student_aid_amount")
			.query((rs, row) -> amounts
				.computeIfAbsent(SchoolLevel.valueOf(rs.getString(1)), (l) -> new EnumMap<>(StudentHouseholdType.class))
				.put(StudentHouseholdType.valueOf(rs.getString(2)), Money.ofFen(rs.getLong(3))))
			.list();
		return new StudentAidTable(amounts);
	}

	@Override
	@Transactional
	public void setAmount(Actor actor, SchoolLevel level, StudentHouseholdType householdType, Money amount) {
		if (actor.role() != Role.ADMIN && actor.role() != Role.FEDERATION_STAFF) {
			throw new GonghuiException(HttpStatus.FORBIDDEN, "hardship.role-not-allowed", actor.role().name());
		}
		if (!amount.isPositive()) {
			throw GonghuiException.invalidField("amount", "student-aid.amount-not-positive", level.name());
		}
		this.jdbc.sql("""
				insert into assistance.student_aid_amount (level, household_type, amount_fen) values (:l, :t, :fen)
				on conflict (level, household_type) do update set amount_fen = excluded.amount_fen""")
			.param("l", level.name())
			.param("t", householdType.name())
			.param("fen", amount.fen())
			.update();
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "student-aid-amount", level + "/" + householdType, null,
				"金秋助学标准 " + level + "/" + householdType + "：" + amount.format() + " 元"));
	}

	@Override
	@Transactional
	public UUID award(Actor actor, DataScope scope, StudentAwardDraft draft, Instant at) {
		MemberSummary member = this.members.find(draft.memberId())
			.filter((m) -> scope.contains(m.orgPath()))
			.orElseThrow(() -> GonghuiException.invalidField("memberId", "hardship.member.not-found"));
		if (draft.studentName().isBlank()) {
			throw GonghuiException.invalidField("studentName", "student-aid.student-required");
		}
		if (draft.school().isBlank()) {
			throw GonghuiException.invalidField("school", "student-aid.school-required");
		}
		IdNumber.Result parsed = IdNumber.parse(draft.studentIdNumber());
		IdNumber idNumber = parsed.idNumber();
		if (idNumber == null) {
			throw GonghuiException.invalidField("studentIdNumber", String.valueOf(parsed.errorKey()));
		}
		if (draft.householdType() == StudentHouseholdType.FILED_HARDSHIP
				&& this.cases.activeOf(member.id()).isEmpty()) {
			throw GonghuiException.invalidField("householdType", "student-aid.no-active-file", member.name());
		}
		Money amount = table().requireAmount(draft.level(), draft.householdType());
		UUID id = UUID.randomUUID();
		try {
			this.jdbc
				.sql("""
						insert into assistance.student_award (id, aid_year, student_key, student_name, student_id_cipher,
						    student_id_masked, school, level, household_type, amount_fen, member_id, member_name, org_id,
						    org_path, recorded_by, recorded_at)
						values (:id, :year, :key, :name, :cipher, :masked, :school, :level, :type, :fen, :member, :memberName,
						    :org, cast(:path as ltree), :by, :at)""")
				.param("id", id)
				.param("year", draft.year())
				.param("key", this.cipher.hash(idNumber.value()))
				.param("name", draft.studentName().strip())
				.param("cipher", this.cipher.encrypt(idNumber.value()))
				.param("masked", idNumber.masked())
				.param("school", draft.school().strip())
				.param("level", draft.level().name())
				.param("type", draft.householdType().name())
				.param("fen", amount.fen())
				.param("member", member.id())
				.param("memberName", member.name())
				.param("org", member.orgId())
				.param("path", member.orgPath())
				.param("by", actor.accountId())
				.param("at", Timestamp.from(at))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("student-aid.already-awarded", String.valueOf(draft.year()));
		}
		this.audit
			.record(AuditEntry.of(AuditAction.CREATE, "student-award", id, member.orgPath(), "金秋助学 " + draft.year()
					+ "：" + draft.studentName().strip() + "（" + member.name() + " 之子女），" + amount.format() + " 元"));
		return id;
	}

	PageResponse<AwardRow> page(DataScope scope, @Nullable Integer year, PageRequest page) {
		String where = "org_path <@ cast(:scope as ltree)" + (year == null ? "" : " and aid_year = :year");
		JdbcClient.StatementSpec count = this.jdbc.sql("select count(*) from assistance.student_award where " + where)
			.param("scope", scope.path());
		JdbcClient.StatementSpec items = this.jdbc
			.sql("select * from assistance.student_award where " + where
					+ " order by aid_year desc, recorded_at desc, id limit :limit offset :offset")
			.param("scope", scope.path())
			.param("limit", page.size())
			.param("offset", page.offset());
		if (year != null) {
			count = count.param("year", year);
			items = items.param("year", year);
		}
		return new PageResponse<>(items
			.query((rs, row) -> new AwardRow((UUID) rs.getObject("id"), rs.getInt("aid_year"),
					rs.getString("student_name"), rs.getString("student_id_masked"), rs.getString("school"),
					SchoolLevel.valueOf(rs.getString("level")),
					StudentHouseholdType.valueOf(rs.getString("household_type")),
					CaseViews.yuan(Money.ofFen(rs.getLong("amount_fen"))), rs.getLong("member_id"),
					rs.getString("member_name"), rs.getLong("org_id"), rs.getString("org_path")))
			.list(), page.page(), page.size(), count.query(Long.class).single());
	}

	Optional<String> orgPathOf(DataScope scope, UUID id) {
		return this.jdbc.sql("select org_path from assistance.student_award where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.filter(scope::contains);
	}

	List<AmountView> amounts() {
		return this.jdbc.sql(
				"select level, household_type, amount_fen from assistance.student_aid_amount order by level, household_type")
			.query((rs, row) -> new AmountView(SchoolLevel.valueOf(rs.getString(1)),
					StudentHouseholdType.valueOf(rs.getString(2)), CaseViews.yuan(Money.ofFen(rs.getLong(3)))))
			.list();
	}

	record AwardRow(UUID id, int year, String studentName, String studentIdNumber, String school, SchoolLevel level,
			StudentHouseholdType householdType, String amount, long memberId, String memberName, long orgId,
			String orgPath) {
	}

	record AmountView(SchoolLevel level, StudentHouseholdType householdType, String amount) {
	}

}
