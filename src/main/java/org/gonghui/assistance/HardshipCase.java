package org.gonghui.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;

/**
 * A household's hardship file (困难职工档案) and its review path, per 全总《困难职工档案管理办法》: SUBMITTED
 * → VERIFIED (grassroots home visit) → IN_NOTICE (公示) → APPROVED (federation) → ACTIVE,
 * re-checked at least yearly (复核) and EXITED as soon as the household is out of hardship;
 * REJECTED from any review step. Every change appends a {@link CaseStep}; nothing is
 * removed, so the household's history is never lost.
 * <p>
 * {@link #version()} is the optimistic-lock version the persistence layer maintains: two
 * reviewers acting on the same case load the same version and only the first save wins.
 */
public final class HardshipCase {

	private static final Set<Role> APPLICANTS = EnumSet.of(Role.WORKER, Role.UNION_OFFICER, Role.FEDERATION_STAFF,
			Role.ADMIN);

	private static final Set<Role> GRASSROOTS = EnumSet.of(Role.UNION_OFFICER, Role.FEDERATION_STAFF, Role.ADMIN);

	private static final Set<Role> FEDERATION = EnumSet.of(Role.FEDERATION_STAFF, Role.ADMIN);

	private final UUID id;

	private final long memberId;

	private final long organisationId;

	private final String regionCode;

	private final LocalDate appliedOn;

	private HouseholdFigures figures;

	private HardshipCategoryProposal proposal;

	private @Nullable HardshipCategory category;

	private @Nullable String categoryOverrideReason;

	private HardshipCaseStatus status;

	private @Nullable NoticePeriod notice;

	private @Nullable LocalDate approvedOn;

	private @Nullable LocalDate recheckDue;

	private @Nullable String rejectionReason;

	private @Nullable ExitReason exitReason;

	private @Nullable LocalDate exitedOn;

	private final List<CaseStep> history = new ArrayList<>();

	private final List<Objection> objections = new ArrayList<>();

	private final List<HardshipCaseEvent> events = new ArrayList<>();

	private long version;

	private HardshipCase(UUID id, long memberId, long organisationId, String regionCode, LocalDate appliedOn,
			HardshipCategoryProposal proposal) {
		this.id = id;
		this.memberId = memberId;
		this.organisationId = organisationId;
		this.regionCode = regionCode;
		this.appliedOn = appliedOn;
		this.figures = proposal.figures();
		this.proposal = proposal;
		this.category = proposal.category();
		this.status = HardshipCaseStatus.SUBMITTED;
	}

	/**
	 * A worker's application, or an officer's on their behalf. An application the
	 * platform finds not eligible is still accepted: the reviewer decides.
	 * @param proposal computed from the household's figures and the standard in force on
	 * {@code appliedOn} for {@code regionCode}
	 */
	public static HardshipCase submit(UUID id, long memberId, long organisationId, String regionCode,
			LocalDate appliedOn, HardshipCategoryProposal proposal, Actor actor, Instant at, String note) {
		requireRole(actor, APPLICANTS);
		HardshipCase hardshipCase = new HardshipCase(id, memberId, organisationId, regionCode, appliedOn, proposal);
		hardshipCase.history.add(CaseStep.of(CaseAction.SUBMIT, actor, at, HardshipCaseStatus.SUBMITTED,
				HardshipCaseStatus.SUBMITTED, note));
		hardshipCase.events.add(new HardshipCaseEvent.Submitted(id, memberId, regionCode, appliedOn));
		return hardshipCase;
	}

	/**
	 * Grassroots verification; the home-visit notes are the evidence and cannot be empty.
	 */
	public void verify(Actor actor, String homeVisitNotes, Instant at) {
		requireRole(actor, GRASSROOTS);
		requireStatus(CaseAction.VERIFY, HardshipCaseStatus.SUBMITTED);
		requireText(homeVisitNotes, "homeVisitNotes", "hardship.home-visit-notes.required");
		moveTo(HardshipCaseStatus.VERIFIED, CaseAction.VERIFY, actor, at, homeVisitNotes);
	}

	/** The reviewer replaces the proposed category; the reason is mandatory and kept. */
	public void overrideCategory(Actor actor, HardshipCategory newCategory, String reason, Instant at) {
		requireRole(actor, GRASSROOTS);
		if (!this.status.isUnderReview()) {
			throw invalidTransition(CaseAction.OVERRIDE_CATEGORY);
		}
		requireText(reason, "reason", "hardship.override.reason-required");
		this.category = newCategory;
		this.categoryOverrideReason = reason;
		this.history.add(CaseStep.of(CaseAction.OVERRIDE_CATEGORY, actor, at, this.status, this.status,
				newCategory.name() + ": " + reason));
	}

	/**
	 * Puts the verified case on public notice for {@code days} days from
	 * {@code firstDay}.
	 */
	public void startNotice(Actor actor, LocalDate firstDay, int days, Instant at) {
		requireRole(actor, GRASSROOTS);
		requireStatus(CaseAction.START_NOTICE, HardshipCaseStatus.VERIFIED);
		NoticePeriod period = NoticePeriod.of(firstDay, days);
		this.notice = period;
		moveTo(HardshipCaseStatus.IN_NOTICE, CaseAction.START_NOTICE, actor, at,
				period.firstDay() + "/" + period.lastDay());
	}

	/** Records an objection received on a day of the notice; returns its number. */
	public int raiseObjection(Actor recordedBy, String raisedBy, String content, LocalDate raisedOn, Instant at) {
		requireRole(recordedBy, GRASSROOTS);
		requireStatus(CaseAction.RAISE_OBJECTION, HardshipCaseStatus.IN_NOTICE);
		if (!requireNotice().includes(raisedOn)) {
			throw GonghuiException.conflict("hardship.objection.outside-notice", raisedOn.toString());
		}
		requireText(content, "content", "hardship.objection.content-required");
		int number = this.objections.size() + 1;
		this.objections.add(new Objection(number, raisedBy, content, raisedOn, Objection.Status.OPEN, null, null));
		this.history.add(CaseStep.of(CaseAction.RAISE_OBJECTION, recordedBy, at, this.status, this.status,
				"#" + number + " " + raisedBy + ": " + content));
		return number;
	}

	/** The objection was checked and found groundless; the notice continues. */
	public void dismissObjection(Actor actor, int number, String note, Instant at) {
		requireRole(actor, GRASSROOTS);
		requireStatus(CaseAction.DISMISS_OBJECTION, HardshipCaseStatus.IN_NOTICE);
		requireText(note, "note", "hardship.objection.note-required");
		resolve(number, Objection.Status.DISMISSED, note, at);
		this.history.add(CaseStep.of(CaseAction.DISMISS_OBJECTION, actor, at, this.status, this.status,
				"#" + number + " " + note));
	}

	/**
	 * The objection holds: the case goes back for verification (the notice must be run
	 * again) or is rejected.
	 */
	public void upholdObjection(Actor actor, int number, ObjectionOutcome outcome, String note, Instant at) {
		requireRole(actor, GRASSROOTS);
		requireStatus(CaseAction.UPHOLD_OBJECTION, HardshipCaseStatus.IN_NOTICE);
		requireText(note, "note", "hardship.objection.note-required");
		resolve(number, Objection.Status.UPHELD, note, at);
		if (outcome == ObjectionOutcome.REJECT) {
			this.rejectionReason = note;
			moveTo(HardshipCaseStatus.REJECTED, CaseAction.UPHOLD_OBJECTION, actor, at, "#" + number + " " + note);
			this.events.add(new HardshipCaseEvent.Rejected(this.id, this.regionCode, note));
		}
		else {
			this.notice = null;
			moveTo(HardshipCaseStatus.SUBMITTED, CaseAction.UPHOLD_OBJECTION, actor, at, "#" + number + " " + note);
		}
	}

	/**
	 * Federation approval: only once the notice has ended without an open objection. The
	 * first re-check falls due one year later (the rules require a full re-check at least
	 * yearly).
	 */
	public void approve(Actor actor, LocalDate on, Instant at) {
		requireRole(actor, FEDERATION);
		requireStatus(CaseAction.APPROVE, HardshipCaseStatus.IN_NOTICE);
		if (!requireNotice().hasEndedBy(on)) {
			throw GonghuiException.conflict("hardship.notice.not-ended", requireNotice().lastDay().toString());
		}
		if (this.objections.stream().anyMatch(Objection::isOpen)) {
			throw GonghuiException.conflict("hardship.objection.open");
		}
		HardshipCategory confirmed = this.category;
		if (confirmed == null) {
			throw GonghuiException.conflict("hardship.category.required");
		}
		this.approvedOn = on;
		this.recheckDue = on.plusYears(1);
		moveTo(HardshipCaseStatus.APPROVED, CaseAction.APPROVE, actor, at, confirmed.name());
		this.events.add(new HardshipCaseEvent.Approved(this.id, this.regionCode, confirmed, on));
	}

	/** The approved file is opened (建档) and help can flow. */
	public void activate(Actor actor, Instant at) {
		requireRole(actor, FEDERATION);
		requireStatus(CaseAction.ACTIVATE, HardshipCaseStatus.APPROVED);
		moveTo(HardshipCaseStatus.ACTIVE, CaseAction.ACTIVATE, actor, at, "");
	}

	/** Refusal at any review step, with the reason the applicant will read. */
	public void reject(Actor actor, String reason, Instant at) {
		requireRole(actor, GRASSROOTS);
		if (!this.status.isUnderReview()) {
			throw invalidTransition(CaseAction.REJECT);
		}
		requireText(reason, "reason", "hardship.reject.reason-required");
		this.rejectionReason = reason;
		moveTo(HardshipCaseStatus.REJECTED, CaseAction.REJECT, actor, at, reason);
		this.events.add(new HardshipCaseEvent.Rejected(this.id, this.regionCode, reason));
	}

	/**
	 * The yearly re-check (复核) with the household's current figures. Still eligible: the
	 * file stays active with the new category and the next re-check a year on. No longer
	 * eligible: the file exits on that date (随时脱困随时撤档).
	 */
	public void recheck(Actor actor, LocalDate on, HardshipCategoryProposal current, String note, Instant at) {
		requireRole(actor, GRASSROOTS);
		requireStatus(CaseAction.RECHECK, HardshipCaseStatus.ACTIVE);
		this.figures = current.figures();
		this.proposal = current;
		HardshipCategory newCategory = current.category();
		if (newCategory == null) {
			ExitReason reason = "hardship.proposal.income-above-threshold".equals(current.ineligibleReasonKey())
					? ExitReason.INCOME_ABOVE_THRESHOLD : ExitReason.ON_REVIEW;
			this.history.add(CaseStep.of(CaseAction.RECHECK, actor, at, this.status, this.status, note));
			exit(actor, reason, note, on, at);
			return;
		}
		this.category = newCategory;
		this.categoryOverrideReason = null;
		this.recheckDue = on.plusYears(1);
		this.history
			.add(CaseStep.of(CaseAction.RECHECK, actor, at, this.status, this.status, newCategory.name() + " " + note));
	}

	/**
	 * A re-check where the reviewer keeps the file active in a category other than the
	 * proposed one (or keeps it although the figures propose none): the reason is
	 * required and kept.
	 */
	public void recheckAs(Actor actor, LocalDate on, HardshipCategoryProposal current, HardshipCategory category,
			String reason, String note, Instant at) {
		requireRole(actor, GRASSROOTS);
		requireStatus(CaseAction.RECHECK, HardshipCaseStatus.ACTIVE);
		requireText(reason, "reason", "hardship.override.reason-required");
		this.figures = current.figures();
		this.proposal = current;
		this.category = category;
		this.categoryOverrideReason = reason;
		this.recheckDue = on.plusYears(1);
		this.history.add(CaseStep.of(CaseAction.RECHECK, actor, at, this.status, this.status,
				category.name() + ": " + reason + " " + note));
	}

	/**
	 * A re-check that closes the file on the reviewer's decision, whatever the figures
	 * propose: the re-check and the exit are both in the history.
	 */
	public void recheckAndExit(Actor actor, HardshipCategoryProposal current, ExitReason reason, String note,
			LocalDate exitOn, Instant at) {
		requireRole(actor, GRASSROOTS);
		requireStatus(CaseAction.RECHECK, HardshipCaseStatus.ACTIVE);
		requireText(note, "note", "hardship.recheck.exit-note-required");
		this.figures = current.figures();
		this.proposal = current;
		this.history.add(CaseStep.of(CaseAction.RECHECK, actor, at, this.status, this.status, note));
		exit(actor, reason, note, exitOn, at);
	}

	/** Closes an active file (解困脱困) with the reason and the date it takes effect. */
	public void exit(Actor actor, ExitReason reason, String note, LocalDate on, Instant at) {
		requireRole(actor, GRASSROOTS);
		requireStatus(CaseAction.EXIT, HardshipCaseStatus.ACTIVE);
		this.exitReason = reason;
		this.exitedOn = on;
		this.recheckDue = null;
		moveTo(HardshipCaseStatus.EXITED, CaseAction.EXIT, actor, at, reason.name() + " " + note);
		this.events.add(new HardshipCaseEvent.Exited(this.id, this.regionCode, reason, on));
	}

	public boolean isRecheckDue(LocalDate today) {
		return this.status == HardshipCaseStatus.ACTIVE && this.recheckDue != null && !today.isBefore(this.recheckDue);
	}

	/**
	 * Refuses a command made against a stale copy, e.g. a form loaded before another
	 * reviewer acted. The database's version check catches the rest of the race.
	 * @throws GonghuiException {@code hardship.concurrent-change} (409)
	 */
	public void requireVersion(long expected) {
		if (expected != this.version) {
			throw GonghuiException.conflict("hardship.concurrent-change");
		}
	}

	private void resolve(int number, Objection.Status status, String note, Instant at) {
		if (number < 1 || number > this.objections.size()) {
			throw GonghuiException.invalid("hardship.objection.unknown", number);
		}
		Objection objection = this.objections.get(number - 1);
		if (!objection.isOpen()) {
			throw GonghuiException.conflict("hardship.objection.already-resolved", number);
		}
		this.objections.set(number - 1, objection.resolve(status, note, at));
	}

	private NoticePeriod requireNotice() {
		NoticePeriod period = this.notice;
		if (period == null) {
			throw GonghuiException.conflict("hardship.notice.missing");
		}
		return period;
	}

	private void moveTo(HardshipCaseStatus target, CaseAction action, Actor actor, Instant at, String note) {
		this.history.add(CaseStep.of(action, actor, at, this.status, target, note));
		this.status = target;
	}

	private void requireStatus(CaseAction action, HardshipCaseStatus expected) {
		if (this.status != expected) {
			throw invalidTransition(action);
		}
	}

	private GonghuiException invalidTransition(CaseAction action) {
		return GonghuiException.conflict("hardship.transition.invalid", this.status.name(), action.name());
	}

	private static void requireRole(Actor actor, Set<Role> allowed) {
		if (!allowed.contains(actor.role())) {
			throw new GonghuiException(HttpStatus.FORBIDDEN, "hardship.role-not-allowed", actor.role().name());
		}
	}

	private static void requireText(@Nullable String text, String field, String key) {
		if (text == null || text.isBlank()) {
			throw GonghuiException.invalidField(field, key);
		}
	}

	/** Everything the case holds, for the persistence layer to store. */
	public State state() {
		return new State(this.id, this.memberId, this.organisationId, this.regionCode, this.appliedOn, this.proposal,
				this.category, this.categoryOverrideReason, this.status, this.notice, this.approvedOn, this.recheckDue,
				this.rejectionReason, this.exitReason, this.exitedOn, history(), objections(), this.version);
	}

	/**
	 * Rebuilds a stored case, with the version it was stored at and no pending events.
	 */
	public static HardshipCase restore(State state) {
		HardshipCase c = new HardshipCase(state.id(), state.memberId(), state.organisationId(), state.regionCode(),
				state.appliedOn(), state.proposal());
		c.category = state.category();
		c.categoryOverrideReason = state.categoryOverrideReason();
		c.status = state.status();
		c.notice = state.notice();
		c.approvedOn = state.approvedOn();
		c.recheckDue = state.recheckDue();
		c.rejectionReason = state.rejectionReason();
		c.exitReason = state.exitReason();
		c.exitedOn = state.exitedOn();
		c.history.addAll(state.history());
		c.objections.addAll(state.objections());
		c.version = state.version();
		return c;
	}

	/** A stored case: the aggregate's fields as plain data. */
	public record State(UUID id, long memberId, long organisationId, String regionCode, LocalDate appliedOn,
			HardshipCategoryProposal proposal, @Nullable HardshipCategory category,
			@Nullable String categoryOverrideReason, HardshipCaseStatus status, @Nullable NoticePeriod notice,
			@Nullable LocalDate approvedOn, @Nullable LocalDate recheckDue, @Nullable String rejectionReason,
			@Nullable ExitReason exitReason, @Nullable LocalDate exitedOn, List<CaseStep> history,
			List<Objection> objections, long version) {

		public State {
			history = List.copyOf(history);
			objections = List.copyOf(objections);
		}

	}

	public UUID id() {
		return this.id;
	}

	public long memberId() {
		return this.memberId;
	}

	public long organisationId() {
		return this.organisationId;
	}

	public String regionCode() {
		return this.regionCode;
	}

	public LocalDate appliedOn() {
		return this.appliedOn;
	}

	public HouseholdFigures figures() {
		return this.figures;
	}

	/** The latest computation: at application, or at the last re-check. */
	public HardshipCategoryProposal proposal() {
		return this.proposal;
	}

	/** The category in effect: the proposal's, or the reviewer's override. */
	public @Nullable HardshipCategory category() {
		return this.category;
	}

	public @Nullable String categoryOverrideReason() {
		return this.categoryOverrideReason;
	}

	public HardshipCaseStatus status() {
		return this.status;
	}

	public @Nullable NoticePeriod notice() {
		return this.notice;
	}

	public @Nullable LocalDate approvedOn() {
		return this.approvedOn;
	}

	public @Nullable LocalDate recheckDue() {
		return this.recheckDue;
	}

	public @Nullable String rejectionReason() {
		return this.rejectionReason;
	}

	public @Nullable ExitReason exitReason() {
		return this.exitReason;
	}

	public @Nullable LocalDate exitedOn() {
		return this.exitedOn;
	}

	public List<CaseStep> history() {
		return List.copyOf(this.history);
	}

	public List<Objection> objections() {
		return List.copyOf(this.objections);
	}

	/**
	 * Events since the case was loaded, for the persistence layer to publish after
	 * saving.
	 */
	public List<HardshipCaseEvent> events() {
		return List.copyOf(this.events);
	}

	public void clearEvents() {
		this.events.clear();
	}

	public long version() {
		return this.version;
	}

}
