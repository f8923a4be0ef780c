package org.gonghui.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HardshipCaseTests {

	static final Actor WORKER = new Actor(1, "卓玛", Role.WORKER);

	static final Actor OFFICER = new Actor(2, "次仁", Role.UNION_OFFICER);

	static final Actor COUNTY = new Actor(3, "县总工会 王", Role.FEDERATION_STAFF);

	static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	static HardshipCategoryProposal proposal(long incomeYuan, HardshipCause cause) {
		return HardshipCategoryProposal.propose(new HouseholdFigures(3, Money.ofYuan(incomeYuan), Set.of(cause)),
				HardshipCategoryProposalTests.STANDARD, HardshipThresholds.defaults());
	}

	static HardshipCase submitted() {
		return HardshipCase.submit(UUID.randomUUID(), 10, 20, "540102", MONDAY.minusDays(10),
				proposal(2100, HardshipCause.ILLNESS), WORKER, AT, "丈夫住院");
	}

	static HardshipCase inNotice() {
		HardshipCase c = submitted();
		c.verify(OFFICER, "入户走访：家中无劳动力", AT);
		c.startNotice(OFFICER, MONDAY, 5, AT);
		return c;
	}

	static HardshipCase active() {
		HardshipCase c = inNotice();
		c.approve(COUNTY, MONDAY.plusDays(5), AT);
		c.activate(COUNTY, AT);
		return c;
	}

	static void assertKey(Runnable action, String key) {
		assertThatExceptionOfType(GonghuiException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	@Test
	void walksTheWholePath_submitVerifyNoticeFiveDaysApproveSaturdayActivate() {
		HardshipCase c = active();
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.ACTIVE);
		assertThat(c.category()).isEqualTo(HardshipCategory.DEEP);
		assertThat(c.notice()).isEqualTo(new NoticePeriod(MONDAY, MONDAY.plusDays(4)));
		assertThat(c.approvedOn()).isEqualTo(LocalDate.of(2026, 3, 7));
		assertThat(c.recheckDue()).isEqualTo(LocalDate.of(2027, 3, 7));
		assertThat(c.history()).extracting(CaseStep::action)
			.containsExactly(CaseAction.SUBMIT, CaseAction.VERIFY, CaseAction.START_NOTICE, CaseAction.APPROVE,
					CaseAction.ACTIVATE);
		assertThat(c.history()).extracting(CaseStep::role)
			.containsExactly(Role.WORKER, Role.UNION_OFFICER, Role.UNION_OFFICER, Role.FEDERATION_STAFF,
					Role.FEDERATION_STAFF);
		assertThat(c.history().get(1).note()).contains("入户走访");
		assertThat(c.history().get(3).from()).isEqualTo(HardshipCaseStatus.IN_NOTICE);
		assertThat(c.history().get(3).to()).isEqualTo(HardshipCaseStatus.APPROVED);
		assertThat(c.events()).extracting(Object::getClass)
			.containsExactly(HardshipCaseEvent.Submitted.class, HardshipCaseEvent.Approved.class);
	}

	@Test
	void refusesApprovalOnTheLastDayOfNotice_FridayOfAFiveDayNotice() {
		HardshipCase c = inNotice();
		assertKey(() -> c.approve(COUNTY, MONDAY.plusDays(4), AT), "hardship.notice.not-ended");
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.IN_NOTICE);
	}

	@Test
	void refusesApprovalWhileAnObjectionIsOpen_thenApprovesOnceDismissed() {
		HardshipCase c = inNotice();
		int number = c.raiseObjection(OFFICER, "邻居", "家有两套房", MONDAY.plusDays(2), AT);
		assertKey(() -> c.approve(COUNTY, MONDAY.plusDays(5), AT), "hardship.objection.open");
		c.dismissObjection(OFFICER, number, "核实为租住", AT);
		c.approve(COUNTY, MONDAY.plusDays(5), AT);
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.APPROVED);
		assertThat(c.objections()).singleElement()
			.satisfies((o) -> assertThat(o.status()).isEqualTo(Objection.Status.DISMISSED));
	}

	@Test
	void refusesObjectionsOutsideTheNoticeDays() {
		HardshipCase c = inNotice();
		assertKey(() -> c.raiseObjection(OFFICER, "匿名", "x", MONDAY.minusDays(1), AT),
				"hardship.objection.outside-notice");
		assertKey(() -> c.raiseObjection(OFFICER, "匿名", "x", MONDAY.plusDays(5), AT),
				"hardship.objection.outside-notice");
		assertThat(c.raiseObjection(OFFICER, "匿名", "x", MONDAY.plusDays(4), AT)).isEqualTo(1);
	}

	@Test
	void upheldObjectionReturnsTheCaseForVerificationAndANewNotice() {
		HardshipCase c = inNotice();
		int number = c.raiseObjection(OFFICER, "邻居", "有稳定收入", MONDAY, AT);
		c.upholdObjection(OFFICER, number, ObjectionOutcome.RETURN_FOR_VERIFICATION, "需重新入户", AT);
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.SUBMITTED);
		assertThat(c.notice()).isNull();
		c.verify(OFFICER, "二次走访", AT);
		c.startNotice(OFFICER, MONDAY.plusDays(10), 7, AT);
		assertThat(c.notice().lastDay()).isEqualTo(MONDAY.plusDays(16));
	}

	@Test
	void upheldObjectionCanRejectTheCase() {
		HardshipCase c = inNotice();
		int number = c.raiseObjection(OFFICER, "邻居", "隐瞒收入", MONDAY, AT);
		c.upholdObjection(OFFICER, number, ObjectionOutcome.REJECT, "查实隐瞒经营收入", AT);
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.REJECTED);
		assertThat(c.rejectionReason()).isEqualTo("查实隐瞒经营收入");
		assertKey(() -> c.dismissObjection(OFFICER, number, "x", AT), "hardship.transition.invalid");
	}

	@Test
	void refusesToResolveAnUnknownOrResolvedObjection() {
		HardshipCase c = inNotice();
		assertKey(() -> c.dismissObjection(OFFICER, 1, "x", AT), "hardship.objection.unknown");
		int number = c.raiseObjection(OFFICER, "a", "b", MONDAY, AT);
		c.dismissObjection(OFFICER, number, "不实", AT);
		assertKey(() -> c.dismissObjection(OFFICER, number, "again", AT), "hardship.objection.already-resolved");
	}

	@Test
	void rejectsAtAnyReviewStepWithReason() {
		HardshipCase s = submitted();
		s.reject(OFFICER, "非本单位职工", AT);
		assertThat(s.status()).isEqualTo(HardshipCaseStatus.REJECTED);
		HardshipCase n = inNotice();
		n.reject(COUNTY, "材料不全", AT);
		assertThat(n.status()).isEqualTo(HardshipCaseStatus.REJECTED);
		assertThat(n.events()).last().isInstanceOf(HardshipCaseEvent.Rejected.class);
		assertKey(() -> submitted().reject(OFFICER, " ", AT), "hardship.reject.reason-required");
		assertKey(() -> active().reject(COUNTY, "late", AT), "hardship.transition.invalid");
	}

	@Test
	void refusesInvalidTransitions() {
		HardshipCase c = submitted();
		assertKey(() -> c.startNotice(OFFICER, MONDAY, 5, AT), "hardship.transition.invalid");
		assertKey(() -> c.approve(COUNTY, MONDAY, AT), "hardship.transition.invalid");
		assertKey(() -> c.activate(COUNTY, AT), "hardship.transition.invalid");
		assertKey(() -> c.exit(OFFICER, ExitReason.OTHER, "x", MONDAY, AT), "hardship.transition.invalid");
		c.verify(OFFICER, "走访", AT);
		assertKey(() -> c.verify(OFFICER, "again", AT), "hardship.transition.invalid");
		assertThat(c.history()).hasSize(2);
	}

	@Test
	void refusesVerificationWithoutHomeVisitNotes() {
		assertKey(() -> submitted().verify(OFFICER, "", AT), "hardship.home-visit-notes.required");
	}

	@Test
	void refusesStepsByTheWrongRole_workerCannotVerifyOfficerCannotApprove() {
		HardshipCase c = submitted();
		assertKey(() -> c.verify(WORKER, "自己核实", AT), "hardship.role-not-allowed");
		HardshipCase n = inNotice();
		assertKey(() -> n.approve(OFFICER, MONDAY.plusDays(6), AT), "hardship.role-not-allowed");
		assertKey(
				() -> HardshipCase.submit(UUID.randomUUID(), 1, 1, "540102", MONDAY,
						proposal(2100, HardshipCause.ILLNESS), new Actor(9, "法官", Role.PARTNER), AT, ""),
				"hardship.role-not-allowed");
	}

	@Test
	void reviewerOverridesTheCategoryWithAMandatoryReason() {
		HardshipCase c = submitted();
		assertKey(() -> c.overrideCategory(OFFICER, HardshipCategory.RELATIVE, "", AT),
				"hardship.override.reason-required");
		c.overrideCategory(OFFICER, HardshipCategory.RELATIVE, "有低保救助后仍困难", AT);
		assertThat(c.category()).isEqualTo(HardshipCategory.RELATIVE);
		assertThat(c.proposal().category()).isEqualTo(HardshipCategory.DEEP);
		assertThat(c.categoryOverrideReason()).isEqualTo("有低保救助后仍困难");
		assertThat(c.history()).last().satisfies((s) -> assertThat(s.action()).isEqualTo(CaseAction.OVERRIDE_CATEGORY));
		assertKey(() -> active().overrideCategory(COUNTY, HardshipCategory.DEEP, "r", AT),
				"hardship.transition.invalid");
	}

	@Test
	void ineligibleApplicationNeedsAnOverrideBeforeApproval_income9000For3() {
		HardshipCase c = HardshipCase.submit(UUID.randomUUID(), 10, 20, "540102", MONDAY,
				proposal(9000, HardshipCause.UNEMPLOYMENT), WORKER, AT, "");
		assertThat(c.category()).isNull();
		c.verify(OFFICER, "走访", AT);
		c.startNotice(OFFICER, MONDAY, 5, AT);
		assertKey(() -> c.approve(COUNTY, MONDAY.plusDays(5), AT), "hardship.category.required");
		c.overrideCategory(COUNTY, HardshipCategory.ACCIDENT_INDUCED, "突发重病", AT);
		c.approve(COUNTY, MONDAY.plusDays(5), AT);
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.APPROVED);
	}

	@Test
	void refusesNoticeOfZeroOrTooManyDays() {
		HardshipCase c = submitted();
		c.verify(OFFICER, "走访", AT);
		assertKey(() -> c.startNotice(OFFICER, MONDAY, 0, AT), "hardship.notice.days-range");
		assertKey(() -> c.startNotice(OFFICER, MONDAY, 91, AT), "hardship.notice.days-range");
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.VERIFIED);
	}

	@Test
	void recheckIsDueOneYearAfterApproval() {
		HardshipCase c = active();
		assertThat(c.isRecheckDue(LocalDate.of(2027, 3, 6))).isFalse();
		assertThat(c.isRecheckDue(LocalDate.of(2027, 3, 7))).isTrue();
	}

	@Test
	void recheckStillEligibleKeepsTheFileAndMovesTheDueDate() {
		HardshipCase c = active();
		c.recheck(OFFICER, LocalDate.of(2027, 3, 1), proposal(3000, HardshipCause.ILLNESS), "收入略增", AT);
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.ACTIVE);
		assertThat(c.category()).isEqualTo(HardshipCategory.RELATIVE);
		assertThat(c.recheckDue()).isEqualTo(LocalDate.of(2028, 3, 1));
		assertThat(c.figures().monthlyIncome()).isEqualTo(Money.ofYuan(3000));
	}

	@Test
	void recheckWithIncomeAboveThreeTimesExitsTheFile_3Members9000() {
		HardshipCase c = active();
		LocalDate on = LocalDate.of(2027, 3, 1);
		c.recheck(OFFICER, on, proposal(9000, HardshipCause.ILLNESS), "子女就业", AT);
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.EXITED);
		assertThat(c.exitReason()).isEqualTo(ExitReason.INCOME_ABOVE_THRESHOLD);
		assertThat(c.exitedOn()).isEqualTo(on);
		assertThat(c.recheckDue()).isNull();
		assertThat(c.isRecheckDue(on.plusYears(2))).isFalse();
		assertThat(c.events()).last()
			.isEqualTo(new HardshipCaseEvent.Exited(c.id(), "540102", ExitReason.INCOME_ABOVE_THRESHOLD, on));
		assertThat(c.history()).extracting(CaseStep::action).endsWith(CaseAction.RECHECK, CaseAction.EXIT);
	}

	@Test
	void recheckWithoutQualifyingCauseExitsOnReview_unemployment1000PerCapita() {
		HardshipCase c = active();
		c.recheck(OFFICER, LocalDate.of(2027, 3, 1), proposal(3000, HardshipCause.UNEMPLOYMENT), "", AT);
		assertThat(c.exitReason()).isEqualTo(ExitReason.ON_REVIEW);
	}

	@Test
	void recheckKeptInAnotherCategoryNeedsAReasonAndKeepsIt_9000WouldExitButReviewerKeepsAccidentInduced() {
		HardshipCase c = active();
		LocalDate on = LocalDate.of(2027, 3, 1);
		assertKey(() -> c.recheckAs(OFFICER, on, proposal(9000, HardshipCause.ILLNESS),
				HardshipCategory.ACCIDENT_INDUCED, " ", "", AT), "hardship.override.reason-required");
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.ACTIVE);

		c.recheckAs(OFFICER, on, proposal(9000, HardshipCause.ILLNESS), HardshipCategory.ACCIDENT_INDUCED,
				"收入含一次性赔偿款，不可持续", "", AT);

		assertThat(c.status()).isEqualTo(HardshipCaseStatus.ACTIVE);
		assertThat(c.category()).isEqualTo(HardshipCategory.ACCIDENT_INDUCED);
		assertThat(c.categoryOverrideReason()).isEqualTo("收入含一次性赔偿款，不可持续");
		assertThat(c.recheckDue()).isEqualTo(LocalDate.of(2028, 3, 1));
		assertThat(c.history()).last().extracting(CaseStep::action).isEqualTo(CaseAction.RECHECK);
	}

	@Test
	void recheckClosedByTheReviewerExitsOnTheGivenDateWithBothSteps_stillEligibleFigures() {
		HardshipCase c = active();
		assertKey(() -> c.recheckAndExit(OFFICER, proposal(1500, HardshipCause.ILLNESS), ExitReason.OTHER, "",
				LocalDate.of(2027, 2, 28), AT), "hardship.recheck.exit-note-required");

		c.recheckAndExit(OFFICER, proposal(1500, HardshipCause.ILLNESS), ExitReason.OTHER, "全家迁往外省",
				LocalDate.of(2027, 2, 28), AT);

		assertThat(c.status()).isEqualTo(HardshipCaseStatus.EXITED);
		assertThat(c.exitReason()).isEqualTo(ExitReason.OTHER);
		assertThat(c.exitedOn()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(c.history()).extracting(CaseStep::action).endsWith(CaseAction.RECHECK, CaseAction.EXIT);
	}

	@Test
	void recheckDecisionsNeedAnActiveFile() {
		HardshipCase c = inNotice();
		assertKey(() -> c.recheckAs(OFFICER, MONDAY, proposal(1500, HardshipCause.ILLNESS), HardshipCategory.DEEP, "理由",
				"", AT), "hardship.transition.invalid");
		assertKey(() -> c.recheckAndExit(OFFICER, proposal(1500, HardshipCause.ILLNESS), ExitReason.OTHER, "说明", MONDAY,
				AT), "hardship.transition.invalid");
	}

	@Test
	void exitsWithReasonAndDateAndKeepsTheHistory() {
		HardshipCase c = active();
		int before = c.history().size();
		c.exit(OFFICER, ExitReason.ON_REVIEW, "户主再就业", LocalDate.of(2026, 9, 1), AT);
		assertThat(c.status()).isEqualTo(HardshipCaseStatus.EXITED);
		assertThat(c.history()).hasSize(before + 1);
		assertKey(() -> c.exit(OFFICER, ExitReason.OTHER, "", LocalDate.of(2026, 9, 2), AT),
				"hardship.transition.invalid");
	}

	@Test
	void refusesACommandMadeAgainstAStaleVersion() {
		HardshipCase c = submitted();
		c.requireVersion(0);
		assertKey(() -> c.requireVersion(1), "hardship.concurrent-change");
	}

	@Test
	void clearsPublishedEvents() {
		HardshipCase c = submitted();
		c.clearEvents();
		assertThat(c.events()).isEmpty();
	}

	@Test
	void exposesHistoryAsAReadOnlyCopy() {
		HardshipCase c = submitted();
		assertThatThrownBy(() -> c.history().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void restoresFromItsStateWithVersionAndWithoutPendingEvents_version4() {
		HardshipCase original = inNotice();
		original.raiseObjection(OFFICER, "邻居", "x", MONDAY, AT);
		HardshipCase.State state = original.state();
		HardshipCase.State stored = new HardshipCase.State(state.id(), state.memberId(), state.organisationId(),
				state.regionCode(), state.appliedOn(), state.proposal(), state.category(),
				state.categoryOverrideReason(), state.status(), state.notice(), state.approvedOn(), state.recheckDue(),
				state.rejectionReason(), state.exitReason(), state.exitedOn(), state.history(), state.objections(), 4);
		HardshipCase restored = HardshipCase.restore(stored);
		assertThat(restored.state()).isEqualTo(stored);
		assertThat(restored.events()).isEmpty();
		assertKey(() -> restored.requireVersion(3), "hardship.concurrent-change");
		assertKey(() -> restored.approve(COUNTY, MONDAY.plusDays(5), AT), "hardship.objection.open");
		restored.dismissObjection(OFFICER, 1, "不实", AT);
		restored.approve(COUNTY, MONDAY.plusDays(5), AT);
		assertThat(restored.history()).hasSize(original.history().size() + 2);
	}

}
