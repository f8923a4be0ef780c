package org.gonghui.assistance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.assistance.CaseAction;
import org.gonghui.assistance.CaseStep;
import org.gonghui.assistance.ExitReason;
import org.gonghui.assistance.HardshipCase;
import org.gonghui.assistance.HardshipCaseStatus;
import org.gonghui.assistance.HardshipCategory;
import org.gonghui.assistance.HardshipCounts;
import org.gonghui.assistance.HardshipThresholdSetting;
import org.gonghui.assistance.HardshipThresholds;
import org.gonghui.assistance.MinimumLivingStandard;
import org.gonghui.assistance.NoticePeriod;
import org.gonghui.assistance.Objection;
import org.gonghui.shared.db.AdvisoryLocks;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;
import org.gonghui.shared.db.OrgPaths;

/** Hardship files, their history and objections, and the minimum living standards. */
@Repository
class HardshipCaseRepository {

	private final JdbcClient jdbc;

	HardshipCaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- minimum living standards

	List<MinimumLivingStandard> standards() {
		return this.jdbc.sql(
				"select region_code, effective_from, amount_fen from assistance.minimum_living_standard order by region_code, effective_from")
			.query((rs, row) -> new MinimumLivingStandard(rs.getString(1), rs.getDate(2).toLocalDate(),
					Money.ofFen(rs.getLong(3))))
			.list();
	}

	void saveStandard(MinimumLivingStandard standard, long recordedBy) {
		this.jdbc
			.sql("""
					insert into assistance.minimum_living_standard (region_code, effective_from, amount_fen, recorded_by)
					values (:region, :from, :fen, :by)
					on conflict (region_code, effective_from)
					do update set amount_fen = excluded.amount_fen, recorded_by = excluded.recorded_by, recorded_at = now()""")
			.param("region", standard.regionCode())
			.param("from", standard.effectiveFrom())
			.param("fen", standard.perPersonPerMonth().fen())
			.param("by", recordedBy)
			.update();
	}

	// ---- category thresholds per region

	List<HardshipThresholdSetting> thresholds() {
		return this.jdbc.sql("""
				select region_code, effective_from, deep_below_bp, relative_within_bp, accident_within_bp
				  from assistance.hardship_threshold order by region_code, effective_from""")
			.query((rs, row) -> new HardshipThresholdSetting(rs.getString(1), rs.getDate(2).toLocalDate(),
					new Ratio(rs.getInt(3)), new Ratio(rs.getInt(4)), new Ratio(rs.getInt(5))))
			.list();
	}

	void saveThreshold(HardshipThresholdSetting setting, long recordedBy) {
		this.jdbc.sql("""
				insert into assistance.hardship_threshold (region_code, effective_from, deep_below_bp,
				    relative_within_bp, accident_within_bp, recorded_by)
				values (:region, :from, :deep, :relative, :accident, :by)
				on conflict (region_code, effective_from)
				do update set deep_below_bp = excluded.deep_below_bp, relative_within_bp = excluded.relative_within_bp,
				    accident_within_bp = excluded.accident_within_bp, recorded_by = excluded.recorded_by,
				    recorded_at = now()""")
			.param("region", setting.regionCode())
			.param("from", setting.effectiveFrom())
			.param("deep", setting.deepBelow().basisPoints())
			.param("relative", setting.relativeWithin().basisPoints())
			.param("accident", setting.accidentInducedWithin().basisPoints())
			.param("by", recordedBy)
			.update();
	}

	// ---- cases

	void insert(HardshipCase.State state, String memberName, @Nullable Long applicantAccountId, String orgPath,
			byte[] personalCipher) {
		this.jdbc
			.sql("""
					insert into assistance.hardship_case (id, member_id, member_name, applicant_account_id, org_id, org_path,
					    region_code, applied_on, personal_cipher, standard_region, standard_from, standard_fen,
					    proposed_category, category, status, deep_below_bp, relative_within_bp, accident_within_bp, version)
					values (:id, :member, :name, :applicant, :org, cast(:path as ltree), :region, :applied, :cipher,
					    :standardRegion, :standardFrom, :standardFen, :proposed, :category, :status, :deep, :relative,
					    :accident, 0)""")
			.param("id", state.id())
			.param("member", state.memberId())
			.param("name", memberName)
			.param("applicant", applicantAccountId)
			.param("org", state.organisationId())
			.param("path", orgPath)
			.param("region", state.regionCode())
			.param("applied", state.appliedOn())
			.param("cipher", personalCipher)
			.param("standardRegion", state.proposal().standard().regionCode())
			.param("standardFrom", state.proposal().standard().effectiveFrom())
			.param("standardFen", state.proposal().standard().perPersonPerMonth().fen())
			.param("proposed", name(state.proposal().category()))
			.param("category", name(state.category()))
			.param("status", state.status().name())
			.param("deep", multiple(state, 0))
			.param("relative", multiple(state, 1))
			.param("accident", multiple(state, 2))
			.update();
		insertSteps(state.id(), state.history(), 0);
		replaceObjections(state.id(), state.objections());
	}

	/**
	 * Writes the changed case if it is still at {@code loadedVersion}; false when another
	 * reviewer saved first.
	 */
	boolean update(HardshipCase.State state, int storedSteps, byte[] personalCipher) {
		int updated = this.jdbc.sql("""
				update assistance.hardship_case set personal_cipher = :cipher, standard_region = :standardRegion,
				    standard_from = :standardFrom, standard_fen = :standardFen, proposed_category = :proposed,
				    category = :category, category_override_reason = :override, status = :status,
				    notice_first_day = :noticeFirst, notice_last_day = :noticeLast, approved_on = :approved,
				    recheck_due = :recheck, rejection_reason = :rejection, exit_reason = :exitReason,
				    exited_on = :exitedOn, deep_below_bp = :deep, relative_within_bp = :relative,
				    accident_within_bp = :accident, version = version + 1, updated_at = now()
				where id = :id and version = :version""")
			.param("cipher", personalCipher)
			.param("standardRegion", state.proposal().standard().regionCode())
			.param("standardFrom", state.proposal().standard().effectiveFrom())
			.param("standardFen", state.proposal().standard().perPersonPerMonth().fen())
			.param("proposed", name(state.proposal().category()))
			.param("category", name(state.category()))
			.param("override", state.categoryOverrideReason())
			.param("status", state.status().name())
			.param("noticeFirst", state.notice() == null ? null : state.notice().firstDay())
			.param("noticeLast", state.notice() == null ? null : state.notice().lastDay())
			.param("approved", state.approvedOn())
			.param("recheck", state.recheckDue())
			.param("rejection", state.rejectionReason())
			.param("exitReason", name(state.exitReason()))
			.param("exitedOn", state.exitedOn())
			.param("deep", multiple(state, 0))
			.param("relative", multiple(state, 1))
			.param("accident", multiple(state, 2))
			.param("id", state.id())
			.param("version", state.version())
			.update();
		if (updated == 0) {
			return false;
		}
		insertSteps(state.id(), state.history(), storedSteps);
		replaceObjections(state.id(), state.objections());
		return true;
	}

	private void insertSteps(UUID caseId, List<CaseStep> steps, int from) {
		for (int seq = from; seq < steps.size(); seq++) {
			CaseStep step = steps.get(seq);
			this.jdbc.sql("""
					insert into assistance.hardship_case_step (case_id, seq, action, actor_account_id, actor_name,
					    actor_role, at, from_status, to_status, note)
					values (:case, :seq, :action, :actor, :actorName, :role, :at, :from, :to, :note)""")
				.param("case", caseId)
				.param("seq", seq)
				.param("action", step.action().name())
				.param("actor", step.actorAccountId())
				.param("actorName", step.actorName())
				.param("role", step.role().name())
				.param("at", Timestamp.from(step.at()))
				.param("from", step.from().name())
				.param("to", step.to().name())
				.param("note", step.note())
				.update();
		}
	}

	private void replaceObjections(UUID caseId, List<Objection> objections) {
		this.jdbc.sql("delete from assistance.hardship_objection where case_id = :case").param("case", caseId).update();
		for (Objection o : objections) {
			this.jdbc.sql("""
					insert into assistance.hardship_objection (case_id, number, raised_by, content, raised_on, status,
					    resolution_note, resolved_at)
					values (:case, :number, :raisedBy, :content, :raisedOn, :status, :note, :resolvedAt)""")
				.param("case", caseId)
				.param("number", o.number())
				.param("raisedBy", o.raisedBy())
				.param("content", o.content())
				.param("raisedOn", o.raisedOn())
				.param("status", o.status().name())
				.param("note", o.resolutionNote())
				.param("resolvedAt", o.resolvedAt() == null ? null : Timestamp.from(o.resolvedAt()))
				.update();
		}
	}

	Optional<CaseRow> find(UUID id) {
		return this.jdbc.sql("select * from assistance.hardship_case where id = :id")
			.param("id", id)
			.query(HardshipCaseRepository::row)
			.optional();
	}

	List<CaseStep> steps(UUID caseId) {
		return this.jdbc.sql("select * from assistance.hardship_case_step where case_id = :case order by seq")
			.param("case", caseId)
			.query((rs, row) -> new CaseStep(CaseAction.valueOf(rs.getString("action")), rs.getLong("actor_account_id"),
					rs.getString("actor_name"), Role.valueOf(rs.getString("actor_role")),
					rs.getTimestamp("at").toInstant(), HardshipCaseStatus.valueOf(rs.getString("from_status")),
					HardshipCaseStatus.valueOf(rs.getString("to_status")), rs.getString("note")))
			.list();
	}

	List<Objection> objections(UUID caseId) {
		return this.jdbc.sql("select * from assistance.hardship_objection where case_id = :case order by number")
			.param("case", caseId)
			.query((rs, row) -> {
				Timestamp resolved = rs.getTimestamp("resolved_at");
				return new Objection(rs.getInt("number"), rs.getString("raised_by"), rs.getString("content"),
						rs.getDate("raised_on").toLocalDate(), Objection.Status.valueOf(rs.getString("status")),
						rs.getString("resolution_note"), resolved == null ? null : resolved.toInstant());
			})
			.list();
	}

	PageResponse<CaseRow> page(CaseFilter filter, PageRequest page) {
		StringBuilder where = new StringBuilder("org_path <@ cast(:scope as ltree)");
		if (filter.status() != null) {
			where.append(" and status = :status");
		}
		if (filter.category() != null) {
			where.append(" and category = :category");
		}
		if (filter.name() != null) {
			where.append(" and member_name like :name");
		}
		if (filter.recheckDueBy() != null) {
			where.append(" and status = 'ACTIVE' and recheck_due <= :recheckBy");
		}
		long total = bind(this.jdbc.sql("select count(*) from assistance.hardship_case where " + where), filter)
			.query(Long.class)
			.single();
		List<CaseRow> items = bind(this.jdbc.sql("select * from assistance.hardship_case where " + where
				+ " order by applied_on desc, id limit :limit offset :offset"), filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(HardshipCaseRepository::row)
			.list();
		return new PageResponse<>(items, page.page(), page.size(), total);
	}

	List<CaseRow> all(CaseFilter filter) {
		return page(filter, new PageRequest(0, 100_000)).items();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CaseFilter filter) {
		spec = spec.param("scope", filter.scopePath());
		if (filter.status() != null) {
			spec = spec.param("status", filter.status().name());
		}
		if (filter.category() != null) {
			spec = spec.param("category", filter.category().name());
		}
		if (filter.name() != null) {
			spec = spec.param("name", filter.name().replace("%", "").replace("_", "") + "%");
		}
		if (filter.recheckDueBy() != null) {
			spec = spec.param("recheckBy", filter.recheckDueBy());
		}
		return spec;
	}

	/** Every file of the member, newest first. */
	List<CaseRow> ofMember(long memberId) {
		return this.jdbc
			.sql("select * from assistance.hardship_case where member_id = :member order by created_at desc")
			.param("member", memberId)
			.query(HardshipCaseRepository::row)
			.list();
	}

	/** Active files of the given categories under {@code path}, for campaign lists. */
	List<CaseRow> active(String path, List<HardshipCategory> categories) {
		if (categories.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from assistance.hardship_case
				where status = 'ACTIVE' and org_path <@ cast(:path as ltree) and category in (:categories)
				order by org_path, member_name""")
			.param("path", path)
			.param("categories", categories.stream().map(Enum::name).toList())
			.query(HardshipCaseRepository::row)
			.list();
	}

	// ---- household members who are union members

	private static final String OPEN = "('SUBMITTED', 'VERIFIED', 'IN_NOTICE', 'APPROVED', 'ACTIVE')";

	void insertHouseholdPersons(java.util.UUID caseId, java.util.Collection<Long> memberIds) {
		for (long memberId : memberIds) {
			this.jdbc.sql("""
					insert into assistance.household_person (case_id, member_id) values (:c, :m)
					on conflict do nothing""").param("c", caseId).param("m", memberId).update();
		}
	}

	/**
	 * Advisory-lock namespace of the one-household-one-file check ("HC");
	 * HouseholdCheckIntegrationTests holds these keys itself.
	 */
	private static final long HOUSEHOLD_LOCK = 0x4843L << 48;

	/**
	 * Holds until the transaction ends a lock per member, so that two applications naming
	 * the same member (as applicant or household person) run their one-household check
	 * one after the other and the second sees the first's file. Keys are taken in
	 * ascending order: two applications never wait on each other in a cycle.
	 */
	void lockHouseholds(java.util.Collection<Long> memberIds) {
		memberIds.stream()
			.map((id) -> HOUSEHOLD_LOCK | id)
			.distinct()
			.sorted()
			.forEach((key) -> AdvisoryLocks.lock(this.jdbc, key));
	}

	/** An open file of another member that lists this member in its household. */
	Optional<CaseRow> openFileListing(long memberId) {
		return this.jdbc
			.sql("select c.* from assistance.hardship_case c"
					+ " join assistance.household_person p on p.case_id = c.id"
					+ " where p.member_id = :m and c.member_id <> :m and c.status in " + OPEN
					+ " order by c.created_at limit 1")
			.param("m", memberId)
			.query(HardshipCaseRepository::row)
			.optional();
	}

	/** The active file that lists this member in its household, if any. */
	Optional<CaseRow> activeFileListing(long memberId) {
		return this.jdbc
			.sql("select c.* from assistance.hardship_case c"
					+ " join assistance.household_person p on p.case_id = c.id"
					+ " where p.member_id = :m and c.member_id <> :m and c.status = 'ACTIVE'"
					+ " order by c.created_at limit 1")
			.param("m", memberId)
			.query(HardshipCaseRepository::row)
			.optional();
	}

	Optional<CaseRow> openOf(long memberId) {
		return this.jdbc.sql("select * from assistance.hardship_case where member_id = :m and status in " + OPEN)
			.param("m", memberId)
			.query(HardshipCaseRepository::row)
			.optional();
	}

	Optional<CaseRow> activeOf(long memberId) {
		return this.jdbc.sql("select * from assistance.hardship_case where member_id = :m and status = 'ACTIVE'")
			.param("m", memberId)
			.query(HardshipCaseRepository::row)
			.optional();
	}

	List<HardshipCounts> counts(String scopePath, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select region_code,
				       count(*) filter (where approved_on <= :to and (exited_on is null or exited_on > :to)
				                          and status in ('ACTIVE', 'EXITED')) as active,
				       count(*) filter (where approved_on between :from and :to) as entered,
				       count(*) filter (where exited_on between :from and :to) as exited
				from assistance.hardship_case
				where org_path <@ cast(:scope as ltree)
				group by region_code
				order by region_code""")
			.param("scope", scopePath)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new HardshipCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	int rebase(String oldPath, String newPath) {
		return OrgPaths.rebase(this.jdbc, oldPath, newPath, "assistance.hardship_case", "assistance.document",
				"assistance.campaign", "assistance.campaign_budget", "assistance.campaign_recipient",
				"assistance.campaign_payment", "assistance.student_award");
	}

	// the proposal's tests are deep, relative, accident-induced in that order
	private static int multiple(HardshipCase.State state, int test) {
		return state.proposal().tests().get(test).multiple().basisPoints();
	}

	private static HardshipThresholds thresholds(ResultSet rs) throws SQLException {
		Integer deep = (Integer) rs.getObject("deep_below_bp");
		if (deep == null) {
			return HardshipThresholds.defaults();
		}
		return HardshipThresholds.withMultiples(new Ratio(deep), new Ratio(rs.getInt("relative_within_bp")),
				new Ratio(rs.getInt("accident_within_bp")));
	}

	private static CaseRow row(ResultSet rs, int row) throws SQLException {
		Date first = rs.getDate("notice_first_day");
		Date last = rs.getDate("notice_last_day");
		return new CaseRow((UUID) rs.getObject("id"), rs.getLong("member_id"), rs.getString("member_name"),
				(Long) rs.getObject("applicant_account_id"), rs.getLong("org_id"), rs.getString("org_path"),
				rs.getString("region_code"), rs.getDate("applied_on").toLocalDate(), rs.getBytes("personal_cipher"),
				new MinimumLivingStandard(rs.getString("standard_region"), rs.getDate("standard_from").toLocalDate(),
						Money.ofFen(rs.getLong("standard_fen"))),
				category(rs.getString("proposed_category")), category(rs.getString("category")),
				rs.getString("category_override_reason"), HardshipCaseStatus.valueOf(rs.getString("status")),
				first == null || last == null ? null : new NoticePeriod(first.toLocalDate(), last.toLocalDate()),
				date(rs.getDate("approved_on")), date(rs.getDate("recheck_due")), rs.getString("rejection_reason"),
				rs.getString("exit_reason") == null ? null : ExitReason.valueOf(rs.getString("exit_reason")),
				date(rs.getDate("exited_on")), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
				thresholds(rs));
	}

	private static @Nullable LocalDate date(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static @Nullable HardshipCategory category(@Nullable String name) {
		return name == null ? null : HardshipCategory.valueOf(name);
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** A stored case row. */
	record CaseRow(UUID id, long memberId, String memberName, @Nullable Long applicantAccountId, long orgId,
			String orgPath, String regionCode, LocalDate appliedOn, byte[] personalCipher,
			MinimumLivingStandard standard, @Nullable HardshipCategory proposedCategory,
			@Nullable HardshipCategory category, @Nullable String categoryOverrideReason, HardshipCaseStatus status,
			@Nullable NoticePeriod notice, @Nullable LocalDate approvedOn, @Nullable LocalDate recheckDue,
			@Nullable String rejectionReason, @Nullable ExitReason exitReason, @Nullable LocalDate exitedOn,
			long version, Instant createdAt, HardshipThresholds thresholds) {
	}

	/** Which cases a list shows; {@code scopePath} is always set. */
	record CaseFilter(String scopePath, @Nullable HardshipCaseStatus status, @Nullable HardshipCategory category,
			@Nullable String name, @Nullable LocalDate recheckDueBy) {
	}

}
