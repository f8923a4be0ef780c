package org.gonghui.competition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.competition.internal.ContestRepository.JudgeRow;
import org.gonghui.competition.internal.EntryRepository.StoredEntry;
import org.gonghui.competition.internal.ScoreRepository.AwardRow;
import org.gonghui.competition.internal.ScoreRepository.ResultRow;
import org.gonghui.competition.internal.ScoreRepository.Sheet;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberSummary;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/**
 * What the pages and the API show. Staff see contests in their subtree; the public sees
 * every contest but a round's ranking only once it is published; judges see the rounds
 * they are assigned to.
 */
@Service
@Transactional(readOnly = true)
class ContestQueries {

	private final ContestRepository contests;

	private final EntryRepository entries;

	private final ScoreRepository scores;

	private final MemberDirectory members;

	ContestQueries(ContestRepository contests, EntryRepository entries, ScoreRepository scores,
			MemberDirectory members) {
		this.members = members;
		this.contests = contests;
		this.entries = entries;
		this.scores = scores;
	}

	PageResponse<StoredContest> page(@Nullable DataScope scope, @Nullable ContestStatus status, PageRequest page) {
		String path = scope == null ? null : scope.path();
		return new PageResponse<>(this.contests.list(path, status, page.size(), page.offset()), page.page(),
				page.size(), this.contests.count(path, status));
	}

	List<StoredContest> openAbove(DataScope scope) {
		return this.contests.openAbove(scope.path());
	}

	/**
	 * A contest the scope may nominate to: in it, or organised above it and taking
	 * sign-ups.
	 */
	StoredContest nominatable(DataScope scope, long id) {
		return this.contests.find(id)
			.filter((contest) -> mayNominate(scope, contest))
			.orElseThrow(GonghuiException::notFound);
	}

	static boolean mayNominate(DataScope scope, StoredContest contest) {
		return scope.contains(contest.orgPath())
				|| (contest.status() == ContestStatus.SIGN_UP && (scope.path().startsWith(contest.orgPath() + ".")));
	}

	StoredContest contestWithin(DataScope scope, long id) {
		return this.contests.find(id)
			.filter((contest) -> scope.contains(contest.orgPath()))
			.orElseThrow(GonghuiException::notFound);
	}

	StoredContest contest(long id) {
		return this.contests.find(id).orElseThrow(GonghuiException::notFound);
	}

	List<RoundDetail> rounds(long contestId) {
		List<StoredRound> rounds = this.contests.rounds(contestId);
		List<RoundDetail> details = new ArrayList<>();
		for (StoredRound round : rounds) {
			details.add(new RoundDetail(round, this.contests.judges(round.id()), round.position() == rounds.size(),
					this.scores.sheetCounts(round.id())));
		}
		return details;
	}

	List<StoredEntry> entries(long contestId, @Nullable EntryStatus status) {
		return this.entries.ofContest(contestId, status);
	}

	RoundContext roundWithin(DataScope scope, long roundId) {
		StoredRound round = this.contests.round(roundId).orElseThrow(GonghuiException::notFound);
		StoredContest contest = contestWithin(scope, round.contestId());
		return new RoundContext(contest, round, this.contests.judges(roundId), this.entries.ofRound(roundId),
				this.scores.sheetCounts(roundId), this.scores.objectives(roundId), this.scores.votes(roundId));
	}

	/** The ranking of a round once the chief judge has published it; empty before. */
	List<ResultRow> publishedResults(long roundId) {
		return this.contests.round(roundId)
			.filter((round) -> round.status() == RoundStatus.PUBLISHED)
			.map((round) -> this.scores.results(roundId))
			.orElse(List.of());
	}

	/**
	 * The computed ranking for staff in scope and the round's judges, before publication
	 * too.
	 */
	List<ResultRow> results(long roundId) {
		return this.scores.results(roundId);
	}

	List<AwardRow> awards(long contestId) {
		return this.scores.awardsOfContest(contestId);
	}

	Optional<AwardRow> award(String code) {
		return this.scores.awardByCode(code);
	}

	List<StoredEntry> entriesOf(long accountId) {
		return this.entries.ofWorker(accountId, linkedMember(accountId));
	}

	/**
	 * The member this worker account is linked to, if any: the captain of their entries.
	 */
	@Nullable Long linkedMemberOf(long accountId) {
		return linkedMember(accountId);
	}

	List<AwardRow> awardsOf(long accountId) {
		return this.scores.awardsOfWorker(accountId, linkedMember(accountId));
	}

	/**
	 * Entries and awards follow the member the account is proven to be, so an entry made
	 * for someone else before sign-ups were tied to the account does not show theirs.
	 */
	private @Nullable Long linkedMember(long accountId) {
		return this.members.linkedTo(accountId).map(MemberSummary::id).orElse(null);
	}

	Map<Long, String> contestNames(List<Long> ids) {
		return this.contests.contestNames(ids);
	}

	/** The rounds a judge is assigned to, with their contest. */
	List<JudgeTask> tasksOf(CurrentUser judge) {
		List<JudgeTask> tasks = new ArrayList<>();
		for (long roundId : this.contests.roundsOfJudge(judge.accountId())) {
			StoredRound round = this.contests.round(roundId).orElseThrow();
			StoredContest contest = this.contests.find(round.contestId()).orElseThrow();
			boolean chief = this.contests.judges(roundId)
				.stream()
				.anyMatch((row) -> row.chief() && row.accountId() == judge.accountId());
			int done = this.scores.sheetCounts(roundId).getOrDefault(judge.accountId(), 0);
			tasks.add(new JudgeTask(contest, round, chief, this.entries.ofRound(roundId).size(), done));
		}
		return tasks;
	}

	/** A judge's view of one round: entrants, own sheets, who they are barred from. */
	JudgeRound judgeRound(CurrentUser judge, long roundId) {
		StoredRound round = this.contests.round(roundId).orElseThrow(GonghuiException::notFound);
		JudgeRow me = this.contests.judges(roundId)
			.stream()
			.filter((row) -> row.accountId() == judge.accountId())
			.findFirst()
			.orElseThrow(GonghuiException::notFound);
		StoredContest contest = this.contests.find(round.contestId()).orElseThrow();
		List<JudgeEntrant> entrants = new ArrayList<>();
		Map<Long, Sheet> mine = this.scores.sheetsOf(roundId, judge.accountId());
		for (StoredEntry entry : this.entries.ofRound(roundId)) {
			boolean barred = me.employerOrgId() != null && entry.employerIds().contains(me.employerOrgId());
			entrants.add(new JudgeEntrant(entry, barred, mine.get(entry.id())));
		}
		return new JudgeRound(contest, round, me, entrants,
				round.status() == RoundStatus.PUBLISHED || (me.chief() && round.status() == RoundStatus.CLOSED)
						? this.scores.results(roundId) : List.of());
	}

	record RoundDetail(StoredRound round, List<JudgeRow> judges, boolean isFinal, Map<Long, Integer> sheetCounts) {

		public boolean hasChief() {
			return this.judges.stream().anyMatch(JudgeRow::chief);
		}

	}

	record RoundContext(StoredContest contest, StoredRound round, List<JudgeRow> judges, List<StoredEntry> entrants,
			Map<Long, Integer> sheetCounts, Map<Long, ScoreRepository.Objective> objectives, Map<Long, Long> votes) {
	}

	record JudgeTask(StoredContest contest, StoredRound round, boolean chief, int entrants, int submitted) {
	}

	record JudgeEntrant(StoredEntry entry, boolean barred, @Nullable Sheet sheet) {
	}

	record JudgeRound(StoredContest contest, StoredRound round, JudgeRow me, List<JudgeEntrant> entrants,
			List<ResultRow> results) {
	}

}
