package org.gonghui.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoundJudgingTests {

	static final Instant AT = Instant.parse("2025-05-20T06:00:00Z");

	static final long HOSPITAL_A = 7;

	static final long HOSPITAL_B = 8;

	final RoundJudging judging = new RoundJudging(CprSheet.SHEET,
			List.of(new Judge(1, HOSPITAL_A), new Judge(2, HOSPITAL_B), new Judge(3, null)),
			List.of(new Entrant(101, HOSPITAL_A, AT), new Entrant(102, HOSPITAL_B, AT)));

	@Test
	void totalsTheCriteria_9_10_13_5_14_12_15Is73_5() {
		var sheet = this.judging.submit(2, 101, CprSheet.points("9", "10", "13.5", "14", "12", "15"), AT);
		assertThat(sheet.total()).isEqualByComparingTo("73.5");
		assertThat(this.judging.totalsFor(101)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("73.5"));
	}

	@Test
	void refusesPointsAboveCriterionMaximum_depth16Of15() {
		assertThatThrownBy(() -> this.judging.submit(2, 101, CprSheet.points("9", "10", "16", "14", "12", "15"), AT))
			.isInstanceOf(ContestRuleException.class)
			.hasMessage("judging.points-out-of-range")
			.extracting((e) -> ((ContestRuleException) e).arguments())
			.isEqualTo(new Object[] { "按压深度", 15 });
		assertThat(this.judging.submitted(2, 101)).isEmpty();
	}

	@Test
	void refusesNegativePoints_rateMinus1() {
		assertThatThrownBy(() -> this.judging.submit(2, 101, CprSheet.points("9", "10", "13", "-1", "12", "15"), AT))
			.hasMessage("judging.points-out-of-range");
	}

	@Test
	void acceptsFullAndZeroPointsAtTheBounds() {
		assertThat(this.judging.submit(2, 101, CprSheet.points("10", "10", "15", "15", "15", "15"), AT).total())
			.isEqualByComparingTo("80");
		assertThat(this.judging.submit(3, 101, CprSheet.points("0", "0", "0", "0", "0", "0"), AT).total())
			.isEqualByComparingTo("0");
	}

	@Test
	void refusesThreeDecimalPoints_depth13_125() {
		assertThatThrownBy(
				() -> this.judging.submit(2, 101, CprSheet.points("9", "10", "13.125", "14", "12", "15"), AT))
			.hasMessage("judging.points-precision");
	}

	@Test
	void refusesSheetWithMissingCriterion() {
		var points = new HashMap<>(CprSheet.points("9", "10", "13", "14", "12", "15"));
		points.remove("aed");
		assertThatThrownBy(() -> this.judging.submit(2, 101, points, AT)).hasMessage("judging.criterion-missing");
	}

	@Test
	void refusesSheetWithUnknownCriterion() {
		var points = new HashMap<>(CprSheet.points("9", "10", "13", "14", "12", "15"));
		points.put("style", BigDecimal.ONE);
		assertThatThrownBy(() -> this.judging.submit(2, 101, points, AT)).hasMessage("judging.criterion-unknown");
	}

	@Test
	void barsJudgeFromScoringEntrantOfOwnEmployer_hospitalA() {
		assertThat(this.judging.mayScore(1, 101)).isFalse();
		assertThat(this.judging.mayScore(1, 102)).isTrue();
		assertThatThrownBy(() -> this.judging.submit(1, 101, CprSheet.points("9", "10", "13", "14", "12", "15"), AT))
			.hasMessage("judging.conflict-of-interest");
	}

	@Test
	void judgeStandsAsideFromATeamWithAnyMemberFromTheirEmployer() {
		// the captain works at hospital B, a teammate at hospital A
		Entrant team = new Entrant(201, java.util.Set.of(HOSPITAL_B, HOSPITAL_A), AT);
		var judging = new RoundJudging(CprSheet.SHEET, List.of(new Judge(1, HOSPITAL_A), new Judge(3, 99L)),
				List.of(team));

		assertThat(judging.mayScore(1, 201)).isFalse();
		assertThat(judging.mayScore(3, 201)).isTrue();
		assertThatThrownBy(() -> judging.submit(1, 201, CprSheet.points("9", "10", "13", "14", "12", "15"), AT))
			.hasMessage("judging.conflict-of-interest");
	}

	@Test
	void judgeWithoutEmployerConflictsWithNobody() {
		assertThat(this.judging.mayScore(3, 101)).isTrue();
		assertThat(new Judge(3, null).conflictsWith(new Entrant(1, (Long) null, AT))).isFalse();
	}

	@Test
	void refusesJudgeNotAssignedToRound() {
		assertThatThrownBy(() -> this.judging.submit(9, 101, CprSheet.points("9", "10", "13", "14", "12", "15"), AT))
			.hasMessage("judging.not-assigned");
	}

	@Test
	void refusesUnknownEntrant() {
		assertThatThrownBy(() -> this.judging.submit(2, 999, CprSheet.points("9", "10", "13", "14", "12", "15"), AT))
			.hasMessage("judging.unknown-entrant");
	}

	@Test
	void locksSubmittedSheet_resubmissionRefusedAndFirstKept() {
		this.judging.submit(2, 101, CprSheet.points("9", "10", "13", "14", "12", "15"), AT);
		assertThatThrownBy(() -> this.judging.submit(2, 101, CprSheet.points("10", "10", "15", "15", "15", "15"), AT))
			.isInstanceOf(ContestRuleException.class)
			.hasMessage("judging.already-submitted");
		assertThat(this.judging.submitted(2, 101)).get()
			.extracting(SubmittedScoreSheet::total)
			.isEqualTo(new BigDecimal("73"));
	}

	@Test
	void submittedSheetIsImmutable_laterEditsOfTheFormDoNotReachIt() {
		var form = new HashMap<>(CprSheet.points("9", "10", "13", "14", "12", "15"));
		var sheet = this.judging.submit(2, 101, form, AT);
		form.put("aed", BigDecimal.ZERO);
		assertThat(sheet.pointsByCriterion()).containsEntry("aed", new BigDecimal("15"));
		assertThatThrownBy(() -> sheet.pointsByCriterion().put("aed", BigDecimal.ZERO))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void isCompleteWhenEveryNonConflictedPairIsScored() {
		var points = CprSheet.points("9", "10", "13", "14", "12", "15");
		this.judging.submit(1, 102, points, AT);
		this.judging.submit(2, 101, points, AT);
		this.judging.submit(3, 101, points, AT);
		assertThat(this.judging.isComplete()).isFalse();
		this.judging.submit(3, 102, points, AT);
		// judge 2 vs 102 and judge 1 vs 101 are conflicts, so nothing else is owed
		assertThat(this.judging.isComplete()).isTrue();
	}

	@Test
	void refusesDuplicateCriterionCodesOnSheet() {
		assertThatThrownBy(() -> ScoringSheet.of(new Criterion("a", "甲", 5), new Criterion("a", "乙", 5)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
