package org.gonghui.competition.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.gonghui.competition.ContestDraft;
import org.gonghui.competition.ContestLevel;
import org.gonghui.competition.Criterion;
import org.gonghui.competition.EntryKind;
import org.gonghui.competition.RoundDraft;
import org.gonghui.competition.SignUp;
import org.gonghui.competition.TieBreaker;
import org.gonghui.competition.VotePeriod;
import org.gonghui.competition.VotingRule;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.web.GonghuiException;

/**
 * The forms of the console and the API. Lists typed into a text area (prize classes,
 * criteria) are one item a line, fields separated by a comma (半角或全角).
 */
final class ContestForms {

	private ContestForms() {
	}

	/**
	 * A new contest; {@code prizes} lines read {@code 一等奖,1} or {@code 一等奖,1,人才库} for a
	 * class whose winners go to the talent pool.
	 */
	record ContestForm(@NotBlank(message = "{competition.name.required}") @Size(max = 120) String name,
			@Nullable Long organiserOrgId, @NotNull ContestLevel level,
			@NotBlank(message = "{competition.trade.required}") @Size(max = 60) String trade,
			@NotNull EntryKind entryKind, @Nullable @Size(max = 2000) String description,
			@NotNull LocalDate signUpOpensOn, @NotNull LocalDate signUpClosesOn, @NotNull LocalDate contestDate,
			@Nullable String eligibleTrades, @Nullable @Min(14) @Max(80) Integer minAge,
			@Nullable @Min(14) @Max(80) Integer maxAge, @Nullable SkillLevel minimumSkillLevel,
			@NotBlank(message = "{competition.prizes.required}") String prizes, @Nullable Boolean capPrizesAtOneThird,
			@Nullable @Min(2) @Max(20) Integer teamMinMembers, @Nullable @Min(2) @Max(20) Integer teamMaxMembers) {

		ContestDraft draft(long defaultOrganiser) {
			Set<String> trades = new LinkedHashSet<>();
			if (this.eligibleTrades != null) {
				for (String trade : this.eligibleTrades.split("[,，、\\s]+")) {
					if (!trade.isBlank()) {
						trades.add(trade.strip());
					}
				}
			}
			List<ContestDraft.PrizeDraft> prizeDrafts = new ArrayList<>();
			for (String[] fields : lines(this.prizes)) {
				if (fields.length < 2) {
					throw GonghuiException.invalidField("prizes", "competition.prizes.invalid");
				}
				prizeDrafts.add(new ContestDraft.PrizeDraft(fields[0], integer(fields[1], "prizes"),
						fields.length > 2 && !fields[2].isBlank()));
			}
			return new ContestDraft(this.name, this.organiserOrgId == null ? defaultOrganiser : this.organiserOrgId,
					this.level, this.trade, this.entryKind, this.description, this.signUpOpensOn, this.signUpClosesOn,
					this.contestDate, trades, this.minAge, this.maxAge, this.minimumSkillLevel, prizeDrafts,
					Boolean.TRUE.equals(this.capPrizesAtOneThird), this.teamMinMembers, this.teamMaxMembers);
		}

	}

	/**
	 * A round; {@code criteria} lines read {@code 判断意识和呼吸,10}; {@code tieBreakers} in
	 * order.
	 */
	record RoundForm(@NotBlank(message = "{competition.round.name.required}") @Size(max = 60) String name,
			@Min(0) @Max(100) int voteWeight, @Min(0) @Max(100) int judgesWeight, @Min(0) @Max(100) int objectiveWeight,
			@Min(0) @Max(100) int timeWeight, @Nullable String criteria,
			@Nullable @Digits(integer = 8, fraction = 2) @Positive BigDecimal objectiveFullMarks,
			@Nullable Integer trimFromJudges, @Nullable List<TieBreaker> tieBreakers,
			@Nullable @Min(1) Integer advancePlaces, @Nullable VotePeriod votePeriod,
			@Nullable @Min(1) @Max(100) Integer votesAllowed) {

		RoundDraft draft() {
			List<Criterion> list = new ArrayList<>();
			int index = 1;
			for (String[] fields : lines(this.criteria)) {
				if (fields.length < 2) {
					throw GonghuiException.invalidField("criteria", "competition.round.criteria-format");
				}
				int max = integer(fields[1], "criteria");
				if (max <= 0) {
					throw GonghuiException.invalidField("criteria", "competition.round.criteria-format");
				}
				list.add(new Criterion("C" + index++, fields[0], max));
			}
			List<TieBreaker> order = this.tieBreakers == null ? List.of()
					: this.tieBreakers.stream().filter(java.util.Objects::nonNull).distinct().toList();
			int trim = this.trimFromJudges == null ? 5 : this.trimFromJudges;
			if (trim != 0 && trim < 3) {
				throw GonghuiException.invalidField("trimFromJudges", "competition.round.trim-invalid");
			}
			return new RoundDraft(this.name, this.voteWeight, this.judgesWeight, this.objectiveWeight, this.timeWeight,
					list, this.objectiveFullMarks, trim, order, this.advancePlaces,
					new VotingRule(this.votePeriod == null ? VotePeriod.PER_DAY : this.votePeriod,
							this.votesAllowed == null ? 1 : this.votesAllowed));
		}

	}

	/**
	 * A nomination; a team's other members come as {@code teammates} (API) or as
	 * {@code teammateLines}, one {@code 姓名,身份证号} a line (pages).
	 */
	record SignUpForm(@NotBlank(message = "{competition.sign-up.name-required}") @Size(max = 50) String name,
			@NotBlank(message = "{competition.sign-up.id-required}") @Size(max = 18) String idNumber,
			@Nullable @Size(max = 60) String teamName, @Nullable @Size(max = 500) String description,
			@Nullable @Size(max = 19) List<@Valid TeammateForm> teammates,
			@Nullable @Size(max = 2000) String teammateLines) {

		SignUp signUp() {
			List<SignUp.Teammate> team = new ArrayList<>();
			if (this.teammates != null) {
				for (TeammateForm teammate : this.teammates) {
					if (teammate != null) {
						team.add(new SignUp.Teammate(blankIfNull(teammate.name()), blankIfNull(teammate.idNumber())));
					}
				}
			}
			for (String[] fields : lines(this.teammateLines)) {
				if (fields.length != 2) {
					throw GonghuiException.invalidField("teammates", "competition.team.member-line");
				}
				team.add(new SignUp.Teammate(fields[0], fields[1]));
			}
			return new SignUp(this.name, this.idNumber, this.teamName, this.description, team);
		}

		private static String blankIfNull(@Nullable String text) {
			return text == null ? "" : text;
		}

	}

	/**
	 * A worker's own sign-up: no name or ID number, the worker enters as the member their
	 * account is linked to; a team's other members as on {@link SignUpForm}.
	 */
	record SelfSignUpForm(@Nullable @Size(max = 60) String teamName, @Nullable @Size(max = 500) String description,
			@Nullable @Size(max = 19) List<@Valid TeammateForm> teammates,
			@Nullable @Size(max = 2000) String teammateLines) {

		SignUp signUp() {
			return new SignUpForm("", "", this.teamName, this.description, this.teammates, this.teammateLines).signUp();
		}

	}

	record TeammateForm(@Nullable @Size(max = 50) String name, @Nullable @Size(max = 18) String idNumber) {
	}

	record JudgeForm(@NotBlank(message = "{competition.judge.username-required}") String username,
			@Nullable Long employerOrgId, @Nullable Boolean chief) {
	}

	record ChiefForm(@NotBlank(message = "{competition.judge.username-required}") String username,
			@Nullable Long employerOrgId,
			@NotBlank(message = "{competition.judge.chief-reason-required}") @Size(max = 200) String reason) {
	}

	record RejectForm(@NotBlank(message = "{competition.entry.reason-required}") @Size(max = 200) String reason) {
	}

	static List<String[]> lines(@Nullable String text) {
		List<String[]> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				String[] fields = line.strip().split("\\s*[,，]\\s*");
				lines.add(fields);
			}
		}
		return lines;
	}

	static int integer(String text, String field) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw GonghuiException.invalidField(field, "competition.number.invalid", text);
		}
	}

}
