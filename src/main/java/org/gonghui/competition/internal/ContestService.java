package org.gonghui.competition.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.account.Accounts;
import org.gonghui.account.Accounts.AccountSummary;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.competition.AdvancementRule;
import org.gonghui.competition.Applicant;
import org.gonghui.competition.ContestDraft;
import org.gonghui.competition.ContestRuleException;
import org.gonghui.competition.Contests;
import org.gonghui.competition.Criterion;
import org.gonghui.competition.Eligibility;
import org.gonghui.competition.Entrant;
import org.gonghui.competition.EntryKind;
import org.gonghui.competition.Judge;
import org.gonghui.competition.Performance;
import org.gonghui.competition.PrizeAward;
import org.gonghui.competition.PrizeAwarded;
import org.gonghui.competition.PrizeClass;
import org.gonghui.competition.PrizePlan;
import org.gonghui.competition.RankedEntrant;
import org.gonghui.competition.RoundDraft;
import org.gonghui.competition.RoundJudging;
import org.gonghui.competition.RoundScoring;
import org.gonghui.competition.SignUp;
import org.gonghui.competition.SubmittedScoreSheet;
import org.gonghui.competition.VerificationCode;
import org.gonghui.competition.internal.ContestRepository.JudgeRow;
import org.gonghui.competition.internal.EntryRepository.NewEntry;
import org.gonghui.competition.internal.EntryRepository.NewMember;
import org.gonghui.competition.internal.EntryRepository.StoredEntry;
import org.gonghui.competition.internal.ScoreRepository.Objective;
import org.gonghui.competition.internal.voting.BallotSpec;
import org.gonghui.competition.internal.voting.Ballots;
import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberSummary;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;

/**
 * Runs contests: set-up, sign-up and eligibility, rounds, judging, ranking, publication
 * and awards. Every change is audited under the contest's organiser path.
 */
@Service
class ContestService implements Contests {

	/** How long a round's online vote runs when the organiser names no end. */
	static final Duration DEFAULT_VOTE_PERIOD = Duration.ofDays(7);

	private final ContestRepository contests;

	private final EntryRepository entries;

	private final ScoreRepository scores;

	private final OrgDirectory orgs;

	private final EntrantIdentity identity;

	private final Accounts accounts;

	private final Ballots ballots;

	private final DataScopes scopes;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TeamInvitations invitations;

	private final InvitationRepository invited;

	private final SecureRandom random = new SecureRandom();

	ContestService(ContestRepository contests, EntryRepository entries, ScoreRepository scores, OrgDirectory orgs,
			EntrantIdentity identity, Accounts accounts, Ballots ballots, DataScopes scopes, AuditLog audit,
			ApplicationEventPublisher events, TeamInvitations invitations, InvitationRepository invited) {
		this.contests = contests;
		this.entries = entries;
		this.scores = scores;
		this.orgs = orgs;
		this.identity = identity;
		this.accounts = accounts;
		this.ballots = ballots;
		this.scopes = scopes;
		this.audit = audit;
		this.events = events;
		this.invitations = invitations;
		this.invited = invited;
	}

	@Override
	@Transactional
	public long create(DataScope scope, ContestDraft draft) {
		OrgSummary organiser = this.orgs.findWithin(scope, draft.organiserOrgId())
			.orElseThrow(() -> GonghuiException.invalidField("organiserOrgId", "competition.organiser.not-found"));
		if (draft.name().isBlank()) {
			throw GonghuiException.invalidField("name", "competition.name.required");
		}
		if (draft.trade().isBlank()) {
			throw GonghuiException.invalidField("trade", "competition.trade.required");
		}
		if (draft.signUpClosesOn().isBefore(draft.signUpOpensOn())
				|| draft.contestDate().isBefore(draft.signUpClosesOn())) {
			throw GonghuiException.invalidField("signUpClosesOn", "competition.dates.order");
		}
		if (draft.minAge() != null && draft.maxAge() != null && draft.minAge() > draft.maxAge()) {
			throw GonghuiException.invalidField("minAge", "competition.ages.order");
		}
		if (draft.entryKind() == EntryKind.TEAM) {
			Integer min = draft.teamMinMembers();
			Integer max = draft.teamMaxMembers();
			if (min == null || max == null) {
				throw GonghuiException.invalidField("teamMinMembers", "competition.team-size.required");
			}
			if (min < 2 || max > ContestDraft.MAX_TEAM_SIZE || min > max) {
				throw GonghuiException.invalidField("teamMinMembers", "competition.team-size.invalid",
						ContestDraft.MAX_TEAM_SIZE);
			}
		}
		if (draft.prizes().isEmpty()) {
			throw GonghuiException.invalidField("prizes", "competition.prizes.required");
		}
		for (ContestDraft.PrizeDraft prize : draft.prizes()) {
			if (prize.name().isBlank() || prize.quota() <= 0) {
				throw GonghuiException.invalidField("prizes", "competition.prizes.invalid");
			}
		}
		long id = this.contests.insert(draft, organiser.name(), organiser.path());
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "contest", id, organiser.path(), "新建竞赛：" + draft.name()));
		return id;
	}

	@Override
	@Transactional
	public long addRound(DataScope scope, long contestId, RoundDraft draft) {
		StoredContest contest = contestWithin(scope, contestId, true);
		if (contest.status() == ContestStatus.COMPLETED) {
			throw GonghuiException.conflict("competition.contest.completed");
		}
		List<StoredRound> rounds = this.contests.rounds(contestId);
		// a round without advance places is the final: publishing it awards the prizes,
		// so nothing may follow it
		if (rounds.stream().anyMatch((round) -> round.advancePlaces() == null)) {
			throw GonghuiException.conflict("competition.round.after-final");
		}
		if (draft.name().isBlank()) {
			throw GonghuiException.invalidField("name", "competition.round.name.required");
		}
		if (draft.advancePlaces() != null && draft.advancePlaces() <= 0) {
			throw GonghuiException.invalidField("advancePlaces", "competition.round.advance-places");
		}
		if (draft.judgesWeight() == 0 && !draft.criteria().isEmpty()) {
			throw GonghuiException.invalidField("criteria", "competition.round.criteria-without-judges");
		}
		// the domain checks the weights, the sheet and the full marks together
		rule(() -> new StoredRound(0, contestId, 0, draft.name(), draft.voteWeight(), draft.judgesWeight(),
				draft.objectiveWeight(), draft.timeWeight(), draft.objectiveFullMarks(), draft.trimFromJudges(),
				draft.tieBreakers(), draft.advancePlaces(), draft.criteria(), draft.votingRule(), RoundStatus.SETUP,
				false, null, null)
			.scoring());
		long id = this.contests.insertRound(contestId, rounds.size() + 1, draft);
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "contest-round", id, contest.orgPath(),
				"竞赛「" + contest.name() + "」新增赛程：" + draft.name()));
		return id;
	}

	@Override
	@Transactional
	public void assignJudge(DataScope scope, long roundId, long judgeAccountId, @Nullable Long employerOrgId,
			@Nullable Boolean chief) {
		StoredRound round = roundToStaff(scope, roundId);
		var account = judgeAccount(judgeAccountId, employerOrgId);
		List<JudgeRow> judges = this.contests.judges(roundId);
		JudgeRow formerChief = judges.stream().filter(JudgeRow::chief).findFirst().orElse(null);
		boolean wasChief = formerChief != null && formerChief.accountId() == judgeAccountId;
		// a form without the chief field (the console's after the start) means no change
		boolean makeChief = chief == null ? wasChief : chief;
		boolean chiefChanges = makeChief != wasChief;
		// only the chief publishes: a chief swapped in (or out) after the start could
		// publish a ranking the original chief was trusted with, as unassigning could;
		// replaceChief, with a reason, is the way then
		if (chiefChanges && round.status() != RoundStatus.SETUP) {
			throw GonghuiException.conflict("competition.judge.chief-change-locked");
		}
		this.contests.assignJudge(roundId, judgeAccountId, account.displayName(), employerOrgId, makeChief);
		StoredContest contest = this.contests.find(round.contestId()).orElseThrow();
		String change = "";
		if (makeChief && chiefChanges && formerChief != null) {
			change = "（替换 " + formerChief.name() + "）";
		}
		else if (wasChief && !makeChief) {
			change = "（取消裁判长）";
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "contest-round", roundId, contest.orgPath(),
				"指派" + (makeChief ? "裁判长" : "评委") + " " + account.displayName() + change + "：" + round.name()));
	}

	@Override
	@Transactional
	public void replaceChief(DataScope scope, long roundId, long judgeAccountId, @Nullable Long employerOrgId,
			String reason) {
		if (reason == null || reason.isBlank()) {
			throw GonghuiException.invalidField("reason", "competition.judge.chief-reason-required");
		}
		// the form bounds it too; the facade has other callers, and the reason goes into
		// the audit
		if (reason.strip().length() > 200) {
			throw GonghuiException.invalidField("reason", "competition.judge.chief-reason-too-long");
		}
		StoredRound round = roundToStaff(scope, roundId);
		var account = judgeAccount(judgeAccountId, employerOrgId);
		List<JudgeRow> judges = this.contests.judges(roundId);
		JudgeRow formerChief = judges.stream()
			.filter(JudgeRow::chief)
			.findFirst()
			.orElseThrow(() -> GonghuiException.conflict("competition.judge.no-chief-to-replace"));
		if (formerChief.accountId() == judgeAccountId) {
			throw GonghuiException.invalidField("username", "competition.judge.already-chief");
		}
		// an assigned judge keeps their employer unless one is given (it drives who they
		// may not score)
		Long employer = employerOrgId != null ? employerOrgId
				: judges.stream()
					.filter((row) -> row.accountId() == judgeAccountId)
					.findFirst()
					.map(JudgeRow::employerOrgId)
					.orElse(null);
		this.contests.assignJudge(roundId, judgeAccountId, account.displayName(), employer, true);
		StoredContest contest = this.contests.find(round.contestId()).orElseThrow();
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "contest-round", roundId, contest.orgPath(), "更换裁判长 "
				+ formerChief.name() + " → " + account.displayName() + "，理由：" + reason.strip() + "：" + round.name()));
	}

	/**
	 * The round, locked against opening, closing and publishing (which fix or use the
	 * chief), while it can still take judges.
	 */
	private StoredRound roundToStaff(DataScope scope, long roundId) {
		roundWithin(scope, roundId);
		StoredRound round = this.contests.roundForUpdate(roundId).orElseThrow();
		if (round.status() == RoundStatus.PUBLISHED) {
			throw GonghuiException.conflict("competition.round.already-published");
		}
		return round;
	}

	private AccountSummary judgeAccount(long judgeAccountId, @Nullable Long employerOrgId) {
		var account = this.accounts.find(judgeAccountId)
			.filter((found) -> found.role() == Role.JUDGE && found.enabled())
			.orElseThrow(() -> GonghuiException.invalidField("judge", "competition.judge.not-a-judge"));
		if (employerOrgId != null && this.orgs.find(employerOrgId).isEmpty()) {
			throw GonghuiException.invalidField("employerOrgId", "competition.judge.employer-unknown");
		}
		return account;
	}

	@Override
	@Transactional
	public void unassignJudge(DataScope scope, long roundId, long judgeAccountId) {
		roundWithin(scope, roundId);
		// serialised with opening and closing the round
		StoredRound round = this.contests.roundForUpdate(roundId).orElseThrow();
		StoredContest contest = this.contests.find(round.contestId()).orElseThrow();
		if (round.status() == RoundStatus.PUBLISHED) {
			throw GonghuiException.conflict("competition.round.already-published");
		}
		JudgeRow judge = this.contests.judges(roundId)
			.stream()
			.filter((row) -> row.accountId() == judgeAccountId)
			.findFirst()
			.orElseThrow(GonghuiException::notFound);
		// only the chief publishes: once the round has started, taking the chief off
		// would
		// let staff publish in their place
		if (judge.chief() && round.status() != RoundStatus.SETUP) {
			throw GonghuiException.conflict("competition.judge.chief-locked");
		}
		// the delete waits for a sheet being submitted (it locks the assignment): the
		// count below sees that sheet
		if (!this.contests.unassignJudge(roundId, judgeAccountId)) {
			throw GonghuiException.notFound();
		}
		if (this.scores.sheetCounts(roundId).getOrDefault(judgeAccountId, 0) > 0) {
			throw GonghuiException.conflict("competition.judge.has-scored", judge.name());
		}
		if (round.status() != RoundStatus.SETUP && round.hasJudges() && this.contests.judges(roundId).isEmpty()) {
			throw GonghuiException.conflict("competition.judge.last-judge");
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "contest-round", roundId, contest.orgPath(),
				"撤销" + (judge.chief() ? "裁判长" : "评委") + " " + judge.name() + "：" + round.name()));
	}

	@Override
	@Transactional
	public long signUp(CurrentUser worker, long contestId, SignUp signUp) {
		StoredContest contest = this.contests.find(contestId).orElseThrow(GonghuiException::notFound);
		// the worker enters as the member the account is linked to: a name and ID number
		// on the sign-up are not looked at
		MemberSummary captain = this.identity.self(worker, contest);
		if (!contest.signUpOpenOn(LocalDate.now(BusinessTime.ZONE))) {
			throw GonghuiException.invalid("competition.sign-up.closed");
		}
		checkTeam(contest, signUp);
		// the teammates are invited, never looked up: they join when they confirm
		long id = enter(contest, captain, List.of(), signUp, worker.accountId(), null);
		this.invitations.inviteAll(worker, contest, id, signUp.teammates());
		return id;
	}

	@Override
	@Transactional(noRollbackFor = EntrantIdentity.Refused.class)
	public long nominate(DataScope scope, long contestId, SignUp signUp) {
		StoredContest contest = this.contests.find(contestId)
			.filter((found) -> ContestQueries.mayNominate(scope, found))
			.orElseThrow(GonghuiException::notFound);
		if (contest.status() != ContestStatus.SIGN_UP) {
			throw GonghuiException.invalid("competition.sign-up.closed");
		}
		checkTeam(contest, signUp);
		MemberSummary captain = this.identity.nominee(scope, contest, signUp);
		List<MemberSummary> teammates = nominatedTeammates(scope, contest, signUp);
		Long nominator = CurrentUser.current().map(CurrentUser::accountId).orElse(null);
		return enter(contest, captain, teammates, signUp, null, nominator == null ? 0L : nominator);
	}

	/**
	 * What a sign-up must look like before anyone is looked up: a team contest needs a
	 * team name and a team of the contest's size with no one twice; an individual contest
	 * takes no teammates.
	 */
	private static void checkTeam(StoredContest contest, SignUp signUp) {
		if (!contest.isTeam()) {
			if (!signUp.teammates().isEmpty()) {
				throw GonghuiException.invalidField("teammates", "competition.team.individual-contest");
			}
			return;
		}
		if (signUp.teamName() == null || signUp.teamName().isBlank()) {
			throw GonghuiException.invalidField("teamName", "competition.sign-up.team-required");
		}
		int size = 1 + signUp.teammates().size();
		int min = contest.teamMinMembers() == null ? 2 : contest.teamMinMembers();
		int max = contest.teamMaxMembers() == null ? ContestDraft.MAX_TEAM_SIZE : contest.teamMaxMembers();
		if (size < min || size > max) {
			throw GonghuiException.invalidField("teammates", "competition.team.size", min, max, size);
		}
		Set<String> idNumbers = new java.util.HashSet<>();
		// a worker's own sign-up names no captain: the invitations check the captain
		if (!signUp.idNumber().isBlank()) {
			idNumbers.add(normalisedId(signUp.idNumber()));
		}
		for (SignUp.Teammate teammate : signUp.teammates()) {
			if (teammate.name() == null || teammate.name().isBlank() || teammate.idNumber() == null
					|| teammate.idNumber().isBlank()) {
				throw GonghuiException.invalidField("teammates", "competition.team.member-incomplete");
			}
			if (!idNumbers.add(normalisedId(teammate.idNumber()))) {
				throw GonghuiException.invalidField("teammates", "competition.team.member-twice",
						teammate.name().strip());
			}
		}
	}

	private static String normalisedId(String idNumber) {
		return idNumber.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private List<MemberSummary> nominatedTeammates(DataScope scope, StoredContest contest, SignUp signUp) {
		List<MemberSummary> found = new ArrayList<>();
		int position = 2;
		for (SignUp.Teammate teammate : signUp.teammates()) {
			found.add(this.identity.teammate(scope, contest, teammate, position++));
		}
		return found;
	}

	private long enter(StoredContest contest, MemberSummary captain, List<MemberSummary> teammates, SignUp signUp,
			@Nullable Long accountId, @Nullable Long nominatedBy) {
		List<MemberSummary> team = new ArrayList<>();
		team.add(captain);
		team.addAll(teammates);
		Set<String> reasons = new java.util.LinkedHashSet<>();
		List<NewMember> members = new ArrayList<>();
		for (MemberSummary member : team) {
			List<String> own = eligibility(contest, member);
			reasons.addAll(own);
			members.add(new NewMember(member.id(), member.name(), member.idNumberMasked(), member.orgId(),
					member.employer(), member.orgPath(), own));
		}
		long id = this.entries.insert(new NewEntry(contest.id(), captain.id(), accountId, captain.name(),
				captain.idNumberMasked(), captain.orgId(), captain.employer(), captain.orgPath(),
				contest.isTeam() ? blank(signUp.teamName()) : null, blank(signUp.description()), nominatedBy,
				List.copyOf(reasons)));
		if (id < 0) {
			throw GonghuiException.conflict("competition.sign-up.duplicate");
		}
		// rows go in in member order (positions are kept apart), so two sign-ups that
		// name
		// each other wait on one another instead of deadlocking
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			order.add(i);
		}
		order.sort(java.util.Comparator.comparingLong((Integer i) -> members.get(i).memberId()));
		for (int i : order) {
			NewMember member = members.get(i);
			if (!this.entries.insertMember(id, contest.id(), i + 1, member)) {
				// the whole entry rolls back: a member is on one entry per contest
				throw (i == 0) ? GonghuiException.conflict("competition.sign-up.duplicate")
						: GonghuiException.conflict("competition.team.member-entered", member.name());
			}
		}
		String who = contest.isTeam() ? "「" + signUp.teamName().strip() + "」队（"
				+ String.join("、", team.stream().map(MemberSummary::name).toList()) + "）" : captain.name();
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "contest-entry", id, contest.orgPath(),
				(nominatedBy == null ? "报名" : "推荐参赛") + "「" + contest.name() + "」：" + who));
		return id;
	}

	/** A member's eligibility for the contest, as message keys. */
	static List<String> eligibility(StoredContest contest, MemberSummary member) {
		boolean inSubtree = member.status() == MemberStatus.ACTIVE
				&& (member.orgPath().equals(contest.orgPath()) || member.orgPath().startsWith(contest.orgPath() + "."));
		Eligibility eligibility = contest.eligibility()
			.check(new Applicant(inSubtree, member.occupation(), member.birthDate(), member.skillLevel()),
					contest.contestDate());
		return eligibility.reasons().stream().map((key) -> "competition." + key).toList();
	}

	@Override
	@Transactional
	public String accept(DataScope scope, long entryId) {
		StoredEntry entry = entryWithin(scope, entryId);
		StoredContest contest = contestWithin(scope, entry.contestId(), true);
		if (entry.status() != EntryStatus.PENDING) {
			throw GonghuiException.conflict("competition.entry.already-decided");
		}
		if (contest.status() != ContestStatus.SIGN_UP) {
			throw GonghuiException.conflict("competition.entry.rounds-started");
		}
		if (!entry.isEligible()) {
			throw GonghuiException.invalid("competition.entry.ineligible");
		}
		if (contest.isTeam()) {
			requireWholeTeam(contest, entry);
		}
		String number = this.entries.nextNumber(contest.id());
		this.entries.accept(entryId, number);
		this.audit.record(AuditEntry.of(AuditAction.APPROVE, "contest-entry", entryId, contest.orgPath(),
				"接受报名「" + contest.name() + "」：" + entry.name() + "，参赛号 " + number));
		return number;
	}

	/** Every member has said yes and the team is of the contest's size. */
	private void requireWholeTeam(StoredContest contest, StoredEntry entry) {
		int pending = this.invited.pending(entry.id());
		if (pending > 0) {
			throw GonghuiException.conflict("competition.entry.invitations-pending", pending);
		}
		int min = contest.teamMinMembers() == null ? 2 : contest.teamMinMembers();
		int max = contest.teamMaxMembers() == null ? ContestDraft.MAX_TEAM_SIZE : contest.teamMaxMembers();
		int size = entry.members().size();
		if (size < min || size > max) {
			// a team is never accepted short of the contest's size; the organiser is told
			// whether it can still be completed (a portal captain invites while sign-up
			// is
			// open) or must be rejected (a union's nomination, or an older entry once
			// sign-up has closed)
			String key = entry.nominatedBy() != null ? "competition.entry.team-incomplete-nominated"
					: contest.signUpOpenOn(LocalDate.now(BusinessTime.ZONE)) ? "competition.entry.team-incomplete"
							: "competition.entry.team-incomplete-closed";
			throw GonghuiException.conflict(key, size, min, max);
		}
	}

	@Override
	@Transactional
	public void reject(DataScope scope, long entryId, String reason) {
		if (reason.isBlank()) {
			throw GonghuiException.invalidField("reason", "competition.entry.reason-required");
		}
		StoredEntry entry = entryWithin(scope, entryId);
		StoredContest contest = contestWithin(scope, entry.contestId(), true);
		if (entry.status() != EntryStatus.PENDING) {
			throw GonghuiException.conflict("competition.entry.already-decided");
		}
		this.entries.reject(entryId, reason.strip());
		this.audit.record(AuditEntry.of(AuditAction.REJECT, "contest-entry", entryId, contest.orgPath(),
				"驳回报名「" + contest.name() + "」：" + entry.name() + "，理由：" + reason.strip()));
	}

	@Override
	@Transactional
	public void openRound(DataScope scope, long roundId, @Nullable Instant voteClosesAt) {
		StoredRound round = roundWithin(scope, roundId);
		StoredContest contest = contestWithin(scope, round.contestId(), true);
		round = this.contests.roundForUpdate(roundId).orElseThrow();
		if (round.status() != RoundStatus.SETUP) {
			throw GonghuiException.conflict("competition.round.not-in-setup");
		}
		List<StoredRound> rounds = this.contests.rounds(contest.id());
		List<Long> entrantIds;
		if (round.position() == 1) {
			entrantIds = this.entries.ofContest(contest.id(), EntryStatus.ACCEPTED)
				.stream()
				.map(StoredEntry::id)
				.toList();
		}
		else {
			StoredRound previous = rounds.get(round.position() - 2);
			if (previous.status() != RoundStatus.PUBLISHED) {
				throw GonghuiException.conflict("competition.round.previous-not-published");
			}
			entrantIds = this.scores.advancing(previous.id());
		}
		if (entrantIds.isEmpty()) {
			throw GonghuiException.conflict("competition.round.no-entrants");
		}
		if (round.hasJudges() && this.contests.judges(roundId).isEmpty()) {
			throw GonghuiException.conflict("competition.round.no-judges");
		}
		this.entries.enterRound(roundId, entrantIds);
		this.contests.setRoundStatus(roundId, RoundStatus.OPEN, null);
		if (contest.status() == ContestStatus.SIGN_UP) {
			this.contests.setStatus(contest.id(), ContestStatus.RUNNING);
		}
		if (round.hasVote()) {
			Instant now = Instant.now();
			Instant closes = voteClosesAt != null && voteClosesAt.isAfter(now) ? voteClosesAt
					: now.plus(DEFAULT_VOTE_PERIOD);
			List<BallotSpec.Candidate> candidates = this.entries.ofRound(roundId)
				.stream()
				.map((entry) -> new BallotSpec.Candidate(entry.id(), String.valueOf(entry.number()),
						entry.teamName() != null ? entry.teamName() : entry.name(),
						entry.description() == null ? "" : entry.description(), null))
				.toList();
			this.ballots.open(new BallotSpec(contest.id(), roundId, contest.name(), round.name(), contest.orgPath(),
					round.votingRule(), now, closes, candidates));
			this.contests.markBallotOpened(roundId, now, closes);
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "contest-round", roundId, contest.orgPath(),
				"开始赛程「" + contest.name() + " · " + round.name() + "」，" + entrantIds.size() + " 名选手"));
	}

	@Override
	@Transactional
	public void submitScores(CurrentUser judge, long roundId, long entryId, Map<String, BigDecimal> points) {
		// the round first, then the assignment (as unassigning and closing do): its
		// status
		// below is read under the lock, so no sheet slips in after the round closed
		StoredRound round = this.contests.roundForShare(roundId).orElseThrow(GonghuiException::notFound);
		// holds the assignment until the sheet is written; an unassignment waits for it
		if (!this.contests.lockJudge(roundId, judge.accountId())) {
			throw GonghuiException.notFound();
		}
		List<JudgeRow> judges = this.contests.judges(roundId);
		JudgeRow me = judges.stream()
			.filter((row) -> row.accountId() == judge.accountId())
			.findFirst()
			.orElseThrow(GonghuiException::notFound);
		if (round.status() != RoundStatus.OPEN) {
			throw GonghuiException.conflict("competition.judging.round-not-open");
		}
		if (!round.hasJudges()) {
			throw GonghuiException.conflict("competition.judging.no-sheet");
		}
		StoredEntry entry = this.entries.find(entryId)
			.filter((found) -> this.entries.inRound(roundId, found.id()))
			.orElseThrow(GonghuiException::notFound);
		var judging = new RoundJudging(java.util.Objects.requireNonNull(round.sheet()),
				List.of(new Judge(me.accountId(), me.employerOrgId())),
				List.of(new Entrant(entry.id(), entry.employerIds(), entry.signedUpAt())));
		SubmittedScoreSheet sheet = rule(() -> judging.submit(me.accountId(), entry.id(), points, Instant.now()));
		if (!this.scores.insertSheet(roundId, me.accountId(), entry.id(), sheet.pointsByCriterion(), sheet.total())) {
			throw GonghuiException.conflict("competition.judging.already-submitted");
		}
		StoredContest contest = this.contests.find(round.contestId()).orElseThrow();
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "score-sheet", roundId + "/" + entry.id(),
				contest.orgPath(), "评委 " + me.name() + " 提交评分：" + entry.number() + " 号，合计 " + sheet.total()));
	}

	@Override
	@Transactional
	public void recordObjective(DataScope scope, long roundId, long entryId, @Nullable BigDecimal score,
			@Nullable Duration time) {
		StoredRound round = roundWithin(scope, roundId);
		if (round.status() != RoundStatus.OPEN) {
			throw GonghuiException.conflict("competition.judging.round-not-open");
		}
		if (!this.entries.inRound(roundId, entryId)) {
			throw GonghuiException.notFound();
		}
		if (score != null && (score.signum() < 0
				|| (round.objectiveFullMarks() != null && score.compareTo(round.objectiveFullMarks()) > 0))) {
			throw GonghuiException.invalidField("score", "competition.objective.out-of-range",
					round.objectiveFullMarks());
		}
		if (time != null && (time.isNegative() || time.isZero())) {
			throw GonghuiException.invalidField("time", "competition.objective.time-positive");
		}
		this.scores.saveObjective(roundId, entryId, score, time);
		StoredContest contest = this.contests.find(round.contestId()).orElseThrow();
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "objective-result", roundId + "/" + entryId,
				contest.orgPath(), "录入客观成绩：" + round.name() + " 选手 " + entryId));
	}

	@Override
	@Transactional
	public void recordVoteCounts(DataScope scope, long roundId, Map<Long, Long> votesByEntry) {
		StoredRound round = roundWithin(scope, roundId);
		if (round.status() != RoundStatus.OPEN || !round.hasVote()) {
			throw GonghuiException.conflict("competition.round.not-open");
		}
		if (round.ballotOpened()) {
			// counted elsewhere: the platform's ballot stops and its counts are not used
			this.ballots.close(roundId);
			this.contests.markBallotReplaced(roundId);
		}
		this.scores.replaceVotes(roundId, votesByEntry);
		StoredContest contest = this.contests.find(round.contestId()).orElseThrow();
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "contest-round", roundId, contest.orgPath(),
				"录入网络投票结果：" + round.name() + "，" + votesByEntry.size() + " 名选手"));
	}

	@Override
	@Transactional
	public void closeRound(DataScope scope, long roundId) {
		roundWithin(scope, roundId);
		StoredRound round = this.contests.roundForUpdate(roundId).orElseThrow();
		StoredContest contest = this.contests.find(round.contestId()).orElseThrow();
		if (round.status() != RoundStatus.OPEN) {
			throw GonghuiException.conflict("competition.round.not-open");
		}
		List<StoredEntry> entrants = this.entries.ofRound(roundId);
		Map<Long, List<BigDecimal>> totals = this.scores.judgeTotals(roundId);
		if (round.hasJudges()) {
			requireJudgingComplete(round, entrants, totals);
		}
		if (round.ballotOpened()) {
			this.ballots.close(roundId);
			this.scores.replaceVotes(roundId, this.ballots.counts(roundId));
		}
		Map<Long, Long> votes = this.scores.votes(roundId);
		Map<Long, Objective> objectives = this.scores.objectives(roundId);
		List<Performance> performances = new ArrayList<>();
		for (StoredEntry entry : entrants) {
			Performance performance = Performance.of(entry.id(), entry.signedUpAt())
				.withJudgeTotals(totals.getOrDefault(entry.id(), List.of()))
				.withVotes(votes.getOrDefault(entry.id(), 0L));
			Objective objective = objectives.get(entry.id());
			if (objective != null && objective.score() != null) {
				performance = performance.withObjectiveScore(objective.score());
			}
			if (objective != null && objective.time() != null) {
				performance = performance.withObjectiveTime(objective.time());
			}
			performances.add(performance);
		}
		RoundScoring scoring = round.scoring();
		List<RankedEntrant> ranking = rule(() -> scoring.rank(performances));
		List<Long> advancing = round.advancePlaces() == null ? List.of()
				: AdvancementRule.top(round.advancePlaces()).advancing(ranking);
		Map<Long, Integer> prizes = new HashMap<>();
		if (round.advancePlaces() == null) {
			for (PrizeAward award : prizePlan(contest).award(ranking)) {
				prizes.put(award.entrantId(), prizePosition(contest, award.prizeClass()));
			}
		}
		this.scores.replaceResults(roundId, ranking, advancing, prizes);
		this.contests.setRoundStatus(roundId, RoundStatus.CLOSED, null);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "contest-round", roundId, contest.orgPath(),
				"结束赛程并计算排名「" + contest.name() + " · " + round.name() + "」"));
	}

	private void requireJudgingComplete(StoredRound round, List<StoredEntry> entrants,
			Map<Long, List<BigDecimal>> totals) {
		List<JudgeRow> judges = this.contests.judges(round.id());
		Map<Long, Integer> submitted = this.scores.sheetCounts(round.id());
		for (JudgeRow judge : judges) {
			long expected = entrants.stream()
				.filter((entry) -> judge.employerOrgId() == null
						|| !entry.employerIds().contains(judge.employerOrgId()))
				.count();
			if (submitted.getOrDefault(judge.accountId(), 0) < expected) {
				throw GonghuiException.conflict("competition.round.judging-incomplete", judge.name(),
						expected - submitted.getOrDefault(judge.accountId(), 0));
			}
		}
	}

	private static PrizePlan prizePlan(StoredContest contest) {
		List<PrizeClass> classes = contest.prizes()
			.stream()
			.map((prize) -> new PrizeClass(prize.code(), prize.name(), prize.quota()))
			.toList();
		return new PrizePlan(classes, contest.capPrizesAtOneThird());
	}

	private static int prizePosition(StoredContest contest, PrizeClass prizeClass) {
		return contest.prizes()
			.stream()
			.filter((prize) -> prize.code().equals(prizeClass.code()))
			.findFirst()
			.orElseThrow()
			.position();
	}

	@Override
	@Transactional
	public void publish(CurrentUser publisher, long roundId) {
		StoredRound round = this.contests.roundForUpdate(roundId).orElseThrow(GonghuiException::notFound);
		StoredContest contest = this.contests.findForUpdate(round.contestId()).orElseThrow();
		List<JudgeRow> judges = this.contests.judges(roundId);
		boolean hasChief = judges.stream().anyMatch(JudgeRow::chief);
		if (hasChief) {
			boolean isChief = judges.stream()
				.anyMatch((judge) -> judge.chief() && judge.accountId() == publisher.accountId());
			if (!isChief) {
				if (publisher.role().isStaff() && this.scopes.scopeOf(publisher).contains(contest.orgPath())) {
					throw GonghuiException.conflict("competition.publish.chief-judge-only");
				}
				throw GonghuiException.notFound();
			}
		}
		else if (!publisher.role().isStaff() || !this.scopes.scopeOf(publisher).contains(contest.orgPath())) {
			throw GonghuiException.notFound();
		}
		if (round.status() != RoundStatus.CLOSED) {
			throw GonghuiException.conflict("competition.publish.not-closed");
		}
		this.contests.setRoundStatus(roundId, RoundStatus.PUBLISHED, publisher.accountId());
		if (round.advancePlaces() == null) {
			award(contest, roundId);
			this.contests.setStatus(contest.id(), ContestStatus.COMPLETED);
		}
		this.audit.record(AuditEntry.of(AuditAction.APPROVE, "contest-round", roundId, contest.orgPath(),
				"公布成绩「" + contest.name() + " · " + round.name() + "」"));
	}

	private void award(StoredContest contest, long roundId) {
		LocalDate today = LocalDate.now(BusinessTime.ZONE);
		Map<Long, StoredEntry> byId = new HashMap<>();
		this.entries.ofRound(roundId).forEach((entry) -> byId.put(entry.id(), entry));
		for (ScoreRepository.ResultRow result : this.scores.results(roundId)) {
			if (result.prizePosition() == null) {
				continue;
			}
			StoredContest.StoredPrize prize = contest.prizes().get(result.prizePosition() - 1);
			StoredEntry entry = byId.get(result.entryId());
			// one certificate per person on the entry: each team member gets their own,
			// naming the team
			List<EntryRepository.EntryMember> members = entry.members().isEmpty()
					? List.of(new EntryRepository.EntryMember(entry.memberId(), 1, true, entry.name(),
							entry.idNumberMasked(), entry.employerOrgId(), entry.employerName(), List.of()))
					: entry.members();
			for (EntryRepository.EntryMember member : members) {
				String code = VerificationCode.generate(this.random).value();
				this.scores.insertAward(contest.id(), result.entryId(), member.memberId(), member.name(), result.rank(),
						prize.code(), prize.name(), prize.nominateToPool(), code, today);
				this.events.publishEvent(new PrizeAwarded(contest.id(), contest.name(), result.entryId(),
						member.memberId(), member.name(), prize.name(), result.rank(), today, prize.nominateToPool(),
						contest.organiserOrgId(), contest.orgPath(), code));
			}
		}
	}

	StoredContest contestWithin(DataScope scope, long contestId, boolean forUpdate) {
		var found = forUpdate ? this.contests.findForUpdate(contestId) : this.contests.find(contestId);
		return found.filter((contest) -> scope.contains(contest.orgPath())).orElseThrow(GonghuiException::notFound);
	}

	StoredRound roundWithin(DataScope scope, long roundId) {
		StoredRound round = this.contests.round(roundId).orElseThrow(GonghuiException::notFound);
		contestWithin(scope, round.contestId(), false);
		return round;
	}

	private StoredEntry entryWithin(DataScope scope, long entryId) {
		StoredEntry entry = this.entries.findForUpdate(entryId).orElseThrow(GonghuiException::notFound);
		contestWithin(scope, entry.contestId(), false);
		return entry;
	}

	/** Turns a domain refusal into the platform's problem, under this module's keys. */
	static <T> T rule(Supplier<T> action) {
		try {
			return action.get();
		}
		catch (ContestRuleException ex) {
			HttpStatus status = "judging.already-submitted".equals(ex.messageKey()) ? HttpStatus.CONFLICT
					: HttpStatus.UNPROCESSABLE_ENTITY;
			throw new GonghuiException(status, "competition." + ex.messageKey(), ex.arguments());
		}
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static Set<String> criterionCodes(List<Criterion> criteria) {
		return Set.copyOf(criteria.stream().map(Criterion::code).toList());
	}

}
