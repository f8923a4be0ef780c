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
import org.gonghui.assistance.RegionalStudentAidAmounts;
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
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
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

	private final OrgDirectory orgs;

	StudentAidService(JdbcClient jdbc, MemberDirectory members, HardshipCaseRepository cases, PersonalDataCipher cipher,
			AuditLog audit, OrgDirectory orgs) {
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.members = members;
		this.cases = cases;
		this.cipher = cipher;
		this.audit = audit;
	}

	/** The amounts that apply to an organisation in the region. */
	StudentAidTable table(String regionCode) {
		return new RegionalStudentAidAmounts(table(), regionalEntries()).tableFor(regionCode);
	}

	private List<RegionalStudentAidAmounts.Entry> regionalEntries() {
		return this.jdbc
			.sql("select region_code, level, household_type, amount_fen from assistance.student_aid_regional_amount")
			.query((rs, row) -> new RegionalStudentAidAmounts.Entry(rs.getString(1),
					SchoolLevel.valueOf(rs.getString(2)), StudentHouseholdType.valueOf(rs.getString(3)),
					Money.ofFen(rs.getLong(4))))
			.list();
	}

	/**
	 * Sets a region's amount for a level and household type; federation staff for the
	 * regions their federation covers, an administrator for any.
	 */
	@Transactional
	public void setRegionalAmount(Actor actor, DataScope scope, String regionCode, SchoolLevel level,
			StudentHouseholdType householdType, Money amount) {
		if (actor.role() != Role.ADMIN && actor.role() != Role.FEDERATION_STAFF) {
			throw new GonghuiException(HttpStatus.FORBIDDEN, "hardship.role-not-allowed", actor.role().name());
		}
		if (!regionCode.matches("\\d{6}")) {
			throw GonghuiException.invalidField("regionCode", "region.code.format", regionCode);
		}
		if (!amount.isPositive()) {
			throw GonghuiException.invalidField("amount", "student-aid.amount-not-positive", level.name());
		}
		OrgSummary federation = this.orgs.find(scope.orgId()).orElseThrow(GonghuiException::notFound);
		if (actor.role() != Role.ADMIN && !HardshipCaseService.covers(federation.regionCode(), regionCode)) {
			throw GonghuiException.invalidField("regionCode", "hardship.thresholds.region-outside-scope", regionCode,
					federation.regionCode());
		}
		this.jdbc
			.sql("""
					insert into assistance.student_aid_regional_amount (region_code, level, household_type, amount_fen, recorded_by)
					values (:r, :l, :t, :fen, :by)
					on conflict (region_code, level, household_type)
					do update set amount_fen = excluded.amount_fen, recorded_by = excluded.recorded_by, recorded_at = now()""")
			.param("r", regionCode)
			.param("l", level.name())
			.param("t", householdType.name())
			.param("fen", amount.fen())
			.param("by", actor.accountId())
			.update();
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "student-aid-amount",
				regionCode + "/" + level + "/" + householdType, scope.path(),
				"金秋助学标准 " + regionCode + " " + level + "/" + householdType + "：" + amount.format() + " 元"));
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
		// the amount of the region of the union the award is filed under
		String regionCode = this.orgs.find(member.orgId()).map(OrgSummary::regionCode).orElse("");
		Money amount = table(regionCode).requireAmount(draft.level(), draft.householdType());
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
		return page(scope, year, null, page);
	}

	PageResponse<AwardRow> page(DataScope scope, @Nullable Integer year, @Nullable SchoolLevel level,
			PageRequest page) {
		String where = where(year, level);
		long total = bind(this.jdbc.sql("select count(*) from assistance.student_award where " + where), scope, year,
				level)
			.query(Long.class)
			.single();
		List<AwardRow> items = bind(
				this.jdbc.sql("select * from assistance.student_award where " + where
						+ " order by aid_year desc, recorded_at desc, id limit :limit offset :offset"),
				scope, year, level)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> awardRow(rs))
			.list();
		return new PageResponse<>(items, page.page(), page.size(), total);
	}

	/** Every award the filter selects, for the export. */
	List<AwardRow> all(DataScope scope, @Nullable Integer year, @Nullable SchoolLevel level) {
		return bind(this.jdbc.sql("select * from assistance.student_award where " + where(year, level)
				+ " order by aid_year desc, org_path, member_name, id"), scope, year, level)
			.query((rs, row) -> awardRow(rs))
			.list();
	}

	/** The awards of the given members, newest first: a worker's own children. */
	List<AwardRow> ofMembers(java.util.Collection<Long> memberIds) {
		if (memberIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(
				"select * from assistance.student_award where member_id in (:members) order by aid_year desc, recorded_at desc")
			.param("members", List.copyOf(memberIds))
			.query((rs, row) -> awardRow(rs))
			.list();
	}

	private static String where(@Nullable Integer year, @Nullable SchoolLevel level) {
		return "org_path <@ cast(:scope as ltree)" + (year == null ? "" : " and aid_year = :year")
				+ (level == null ? "" : " and level = :level");
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, @Nullable Integer year,
			@Nullable SchoolLevel level) {
		spec = spec.param("scope", scope.path());
		if (year != null) {
			spec = spec.param("year", year);
		}
		if (level != null) {
			spec = spec.param("level", level.name());
		}
		return spec;
	}

	private static AwardRow awardRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AwardRow((UUID) rs.getObject("id"), rs.getInt("aid_year"), rs.getString("student_name"),
				rs.getString("student_id_masked"), rs.getString("school"), SchoolLevel.valueOf(rs.getString("level")),
				StudentHouseholdType.valueOf(rs.getString("household_type")),
				CaseViews.yuan(Money.ofFen(rs.getLong("amount_fen"))), rs.getLong("member_id"),
				rs.getString("member_name"), rs.getLong("org_id"), rs.getString("org_path"));
	}

	Optional<String> orgPathOf(DataScope scope, UUID id) {
		return this.jdbc.sql("select org_path from assistance.student_award where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.filter(scope::contains);
	}

	/** The global amounts (no region) first, then each region's. */
	List<AmountView> amounts() {
		return this.jdbc.sql("""
				select null as region_code, level, household_type, amount_fen from assistance.student_aid_amount
				union all
				select region_code, level, household_type, amount_fen from assistance.student_aid_regional_amount
				order by 1 nulls first, 2, 3""")
			.query((rs, row) -> new AmountView(rs.getString(1), SchoolLevel.valueOf(rs.getString(2)),
					StudentHouseholdType.valueOf(rs.getString(3)), CaseViews.yuan(Money.ofFen(rs.getLong(4)))))
			.list();
	}

	record AwardRow(UUID id, int year, String studentName, String studentIdNumber, String school, SchoolLevel level,
			StudentHouseholdType householdType, String amount, long memberId, String memberName, long orgId,
			String orgPath) {
	}

	record AmountView(@Nullable String regionCode, SchoolLevel level, StudentHouseholdType householdType,
			String amount) {
	}

}
