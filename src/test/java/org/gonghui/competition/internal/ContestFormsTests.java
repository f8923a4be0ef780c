package org.gonghui.competition.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gonghui.competition.ContestDraft;
import org.gonghui.competition.ContestLevel;
import org.gonghui.competition.EntryKind;
import org.gonghui.competition.RoundDraft;
import org.gonghui.competition.TieBreaker;
import org.gonghui.competition.VotePeriod;
import org.gonghui.competition.VotingRule;
import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContestFormsTests {

	static ContestForms.ContestForm contest(String prizes, String trades) {
		return new ContestForms.ContestForm("调饮师大赛", null, ContestLevel.COUNTY, "调饮师", EntryKind.INDIVIDUAL, null,
				LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31), LocalDate.of(2023, 8, 26), trades, null, null,
				null, prizes, null, null, null);
	}

	@Test
	void readsPrizeLinesWithHalfOrFullWidthCommasAndTheTalentPoolMark() {
		ContestDraft draft = contest("一等奖,1,人才库\n二等奖，2\n\n三等奖 , 3", "护士、内科医师").draft(7);

		assertThat(draft.organiserOrgId()).isEqualTo(7);
		assertThat(draft.prizes()).containsExactly(new ContestDraft.PrizeDraft("一等奖", 1, true),
				new ContestDraft.PrizeDraft("二等奖", 2, false), new ContestDraft.PrizeDraft("三等奖", 3, false));
		assertThat(draft.eligibleTrades()).containsExactlyInAnyOrder("护士", "内科医师");
	}

	@Test
	void refusesAPrizeLineWithoutANumericQuota() {
		assertThatThrownBy(() -> contest("一等奖,一名", "").draft(7)).isInstanceOf(GonghuiException.class)
			.hasFieldOrPropertyWithValue("messageKey", "competition.number.invalid");
	}

	@Test
	void numbersCriteriaInOrderAndDropsEmptyTieBreakers() {
		var form = new ContestForms.RoundForm("初赛", 30, 70, 0, 0, "出品口感,40\n创意与主题，20", null, null,
				java.util.Arrays.asList(TieBreaker.HIGHER_JUDGES, null, TieBreaker.HIGHER_JUDGES), 20, null, null);

		RoundDraft draft = form.draft();

		assertThat(draft.criteria()).extracting("code", "name", "maxPoints")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C1", "出品口感", 40),
					org.assertj.core.groups.Tuple.tuple("C2", "创意与主题", 20));
		assertThat(draft.tieBreakers()).isEqualTo(List.of(TieBreaker.HIGHER_JUDGES));
		assertThat(draft.trimFromJudges()).isEqualTo(5);
		assertThat(draft.votingRule()).isEqualTo(VotingRule.oncePerDay());
	}

	@Test
	void takesTheVotingRuleTheOrganiserChose() {
		var form = new ContestForms.RoundForm("初赛", 100, 0, 0, 0, null, null, null, List.of(), 20, VotePeriod.PER_ROUND,
				3);

		assertThat(form.draft().votingRule()).isEqualTo(new VotingRule(VotePeriod.PER_ROUND, 3));
	}

}
