package org.gonghui.competition.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.competition.ContestDraft;
import org.gonghui.competition.SignUp;
import org.gonghui.competition.internal.EntryRepository.EntryMember;
import org.gonghui.competition.internal.EntryRepository.NewMember;
import org.gonghui.competition.internal.EntryRepository.StoredEntry;
import org.gonghui.competition.internal.InvitationRepository.Addressed;
import org.gonghui.competition.internal.InvitationRepository.Invitation;
import org.gonghui.competition.internal.InvitationRepository.InvitationStatus;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberSummary;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.GonghuiException;

/**
 * A captain's teammates are invited, not entered: nobody is put on a team without saying
 * yes. The captain's side never looks a member up, so every invitation is answered and
 * shown alike whether or not its name and ID number are a member's; the invitation is
 * matched to a member only when that member, signed in with the account linked to them,
 * confirms it. Until then it holds nobody's place in the contest. A team has at most as
 * many open invitations as it has free places, and a captain sends a bounded number a
 * day, so the form cannot be used to spam members either.
 */
@Service
class TeamInvitations {

	/** How far back the daily cap looks. */
	static final Duration DAY = Duration.ofDays(1);

	private final InvitationRepository invitations;

	private final EntryRepository entries;

	private final ContestRepository contests;

	private final MemberDirectory members;

	private final AuditLog audit;

	private final InvitationCodes codes;

	private final TransactionTemplate write;

	TeamInvitations(InvitationRepository invitations, EntryRepository entries, ContestRepository contests,
			MemberDirectory members, AuditLog audit, InvitationCodes codes, PlatformTransactionManager transactions) {
		this.codes = codes;
		this.write = new TransactionTemplate(transactions);
		this.invitations = invitations;
		this.entries = entries;
		this.contests = contests;
		this.members = members;
		this.audit = audit;
	}

	/**
	 * A captain's invitations per contest in a day: a full team's and one full
	 * replacement's worth.
	 */
	static int dailyCap(StoredContest contest) {
		return 2 * (teamMax(contest) - 1);
	}

	/**
	 * Invites the teammates named on the captain's sign-up, in the sign-up's transaction.
	 */
	void inviteAll(CurrentUser captain, StoredContest contest, long entryId, List<SignUp.Teammate> teammates) {
		for (SignUp.Teammate teammate : teammates) {
			StoredEntry entry = this.entries.findForUpdate(entryId).orElseThrow();
			refuseMemberOf(entry, teammate);
			invite(captain, contest, entry, teammate);
		}
	}

	/** The captain of a team signed up on the portal invites one more teammate. */
	@Transactional
	long invite(CurrentUser captain, long entryId, SignUp.Teammate teammate) {
		StoredEntry entry = ownEntry(captain, entryId);
		StoredContest contest = this.contests.find(entry.contestId()).orElseThrow();
		if (!contest.isTeam()) {
			throw GonghuiException.notFound();
		}
		if (entry.status() != EntryStatus.PENDING) {
			throw GonghuiException.conflict("competition.entry.already-decided");
		}
		if (!contest.signUpOpenOn(LocalDate.now(BusinessTime.ZONE))) {
			throw GonghuiException.conflict("competition.sign-up.closed");
		}
		if (teammate.name() == null || teammate.name().isBlank() || teammate.idNumber() == null
				|| teammate.idNumber().isBlank()) {
			throw GonghuiException.invalidField("teammates", "competition.team.member-incomplete");
		}
		refuseMemberOf(entry, teammate);
		return invite(captain, contest, entry, teammate);
	}

	/**
	 * The captain and anyone who has confirmed are on the team already: an invitation to
	 * them could never be answered.
	 */
	private void refuseMemberOf(StoredEntry entry, SignUp.Teammate teammate) {
		byte[] typed = this.members.idNumberHash(teammate.idNumber()).orElse(null);
		for (EntryMember member : entry.members()) {
			if (Arrays.equals(this.members.idNumberHashOf(member.memberId()).orElse(new byte[0]), typed)) {
				throw GonghuiException.invalidField("teammates", "competition.team.member-twice",
						teammate.name().strip());
			}
		}
	}

	private long invite(CurrentUser captain, StoredContest contest, StoredEntry entry, SignUp.Teammate teammate) {
		String name = teammate.name().strip();
		IdNumber.Result parsed = IdNumber.parse(teammate.idNumber().strip());
		byte[] hash = this.members.idNumberHash(teammate.idNumber()).orElse(null);
		if (parsed.idNumber() == null || hash == null) {
			throw GonghuiException.invalidField("teammates", "competition.invitation.id-invalid", name);
		}
		int max = teamMax(contest);
		int taken = entry.members().size() + this.invitations.pending(entry.id());
		if (taken >= max) {
			throw GonghuiException.conflict("competition.invitation.team-full", max, taken);
		}
		int cap = dailyCap(contest);
		if (this.invitations.sentSince(contest.id(), captain.accountId(), Instant.now().minus(DAY)) >= cap) {
			throw new GonghuiException(HttpStatus.TOO_MANY_REQUESTS, "competition.invitation.daily-cap", cap);
		}
		String masked = parsed.idNumber().masked();
		long id = this.invitations.insert(entry.id(), contest.id(), captain.accountId(), name, masked, hash);
		if (id < 0) {
			throw GonghuiException.invalidField("teammates", "competition.team.member-twice", name);
		}
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "contest-entry", entry.id(), contest.orgPath(), "竞赛「"
				+ contest.name() + "」「" + entry.teamName() + "」队队长邀请队员：姓名 " + name + "，身份证号 " + masked + "（待本人确认）"));
		return id;
	}

	/** The captain takes back an invitation nobody has answered. */
	@Transactional
	void withdraw(CurrentUser captain, long invitationId) {
		Invitation invitation = this.invitations.findPending(invitationId).orElseThrow(GonghuiException::notFound);
		StoredEntry entry = ownEntry(captain, invitation.entryId());
		StoredContest contest = this.contests.find(entry.contestId()).orElseThrow();
		if (!this.invitations.answer(invitationId, InvitationStatus.WITHDRAWN, null)) {
			throw GonghuiException.notFound();
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "contest-entry", entry.id(), contest.orgPath(),
				"竞赛「" + contest.name() + "」「" + entry.teamName() + "」队队长撤回对 " + invitation.name() + " 的邀请"));
	}

	/**
	 * The open invitations addressed to the member this worker's account is linked to;
	 * none without a link.
	 */
	List<Addressed> addressedTo(CurrentUser worker) {
		MemberSummary member = this.members.linkedTo(worker.accountId()).orElse(null);
		if (member == null) {
			return List.of();
		}
		byte[] hash = this.members.idNumberHashOf(member.id()).orElse(null);
		if (hash == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(BusinessTime.ZONE);
		return this.invitations.addressedTo(hash, member.name())
			.stream()
			.filter((invitation) -> !today.isAfter(invitation.signUpClosesOn()))
			.toList();
	}

	/**
	 * Sends the invitee a one-time code to the mobile number on their roster record:
	 * whoever knows a member's name and ID number (a captain does) cannot confirm for
	 * them without the member's phone.
	 */
	@Transactional
	InvitationCodes.CodeSent sendCode(CurrentUser worker, long invitationId) {
		Addressee addressee = addressee(worker, invitationId);
		StoredEntry entry = this.entries.find(addressee.invitation().entryId()).orElseThrow();
		StoredContest contest = this.contests.find(entry.contestId()).orElseThrow();
		requireOpen(contest, entry);
		return this.codes.send(invitationId, worker.accountId(), addressee.member().phone(),
				String.valueOf(entry.teamName()));
	}

	/**
	 * The invitee joins the team with the code sent to their phone: their eligibility is
	 * checked and kept as for any member, and they may be on one live entry per contest.
	 * Only while sign-up is open. A wrong code is counted before it is refused; any other
	 * refusal rolls the confirmation back and is audited afterwards.
	 */
	void confirm(CurrentUser worker, long invitationId, @Nullable String code) {
		// a wrong guess is counted and committed, then refused
		Object checked = this.write.execute((status) -> {
			addressee(worker, invitationId);
			try {
				return this.codes.check(invitationId, worker.accountId(), code);
			}
			catch (GonghuiException wrong) {
				return wrong;
			}
		});
		if (checked instanceof GonghuiException wrong) {
			throw wrong;
		}
		long codeId = (Long) java.util.Objects.requireNonNull(checked);
		try {
			this.write.executeWithoutResult((status) -> confirmNow(worker, invitationId, codeId));
		}
		catch (GonghuiException refusal) {
			// the member's record was read for the refused confirmation: that read, and
			// the
			// refusal, are recorded once the confirmation has rolled back
			this.write.executeWithoutResult((status) -> {
				MemberSummary member = this.members.linkedTo(worker.accountId()).orElseThrow();
				this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", member.id(), member.orgPath(),
						"团体赛队员确认邀请 #" + invitationId + " 被拒：职工账号 #" + worker.accountId() + " 绑定的会员 " + member.name()
								+ "，原因 " + refusal.messageKey()));
			});
			throw refusal;
		}
	}

	private void confirmNow(CurrentUser worker, long invitationId, long codeId) {
		Addressee addressee = addressee(worker, invitationId);
		MemberSummary member = addressee.member();
		StoredEntry entry = this.entries.findForUpdate(addressee.invitation().entryId()).orElseThrow();
		StoredContest contest = this.contests.find(entry.contestId()).orElseThrow();
		requireOpen(contest, entry);
		if (!this.codes.use(codeId)) {
			throw GonghuiException.invalidField("code", "competition.invitation.code-expired");
		}
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", member.id(), member.orgPath(),
				"竞赛「" + contest.name() + "」团体赛队员确认邀请，按账号绑定的会员核验：" + member.name()));
		List<String> own = ContestService.eligibility(contest, member);
		int position = entry.members().stream().mapToInt(EntryMember::position).max().orElse(0) + 1;
		if (!this.entries.insertMember(entry.id(), contest.id(), position, new NewMember(member.id(), member.name(),
				member.idNumberMasked(), member.orgId(), member.employer(), member.orgPath(), own))) {
			throw GonghuiException.conflict("competition.invitation.already-entered");
		}
		if (!own.isEmpty()) {
			Set<String> reasons = new LinkedHashSet<>(entry.ineligibility());
			reasons.addAll(own);
			this.entries.setIneligibility(entry.id(), List.copyOf(reasons));
		}
		if (!this.invitations.answer(invitationId, InvitationStatus.CONFIRMED, member.id())) {
			throw GonghuiException.notFound();
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "contest-entry", entry.id(), contest.orgPath(),
				"竞赛「" + contest.name() + "」：" + member.name() + " 确认加入「" + entry.teamName() + "」队"));
	}

	private static void requireOpen(StoredContest contest, StoredEntry entry) {
		if (entry.status() != EntryStatus.PENDING) {
			throw GonghuiException.conflict("competition.invitation.void");
		}
		if (!contest.signUpOpenOn(LocalDate.now(BusinessTime.ZONE))) {
			throw GonghuiException.conflict("competition.invitation.closed");
		}
	}

	/**
	 * The captain of a team signed up on the portal takes a teammate off it, while the
	 * entry waits for a decision; the entry's reasons become those of who is left.
	 */
	@Transactional
	void removeMember(CurrentUser captain, long entryId, int position) {
		StoredEntry entry = ownEntry(captain, entryId);
		EntryMember member = entry.members()
			.stream()
			.filter((m) -> m.position() == position && !m.captain())
			.findFirst()
			.orElseThrow(GonghuiException::notFound);
		takeOff(entry, member, "队长将 " + member.name() + " 移出");
	}

	/** A teammate (not the captain) leaves a team whose entry waits for a decision. */
	@Transactional
	void leave(CurrentUser worker, long entryId) {
		MemberSummary self = this.members.linkedTo(worker.accountId()).orElseThrow(GonghuiException::notFound);
		StoredEntry read = this.entries.find(entryId).orElseThrow(GonghuiException::notFound);
		if (read.members().stream().noneMatch((m) -> m.memberId() == self.id() && !m.captain())) {
			throw GonghuiException.notFound();
		}
		StoredEntry entry = this.entries.findForUpdate(entryId).orElseThrow(GonghuiException::notFound);
		EntryMember member = entry.members()
			.stream()
			.filter((m) -> m.memberId() == self.id() && !m.captain())
			.findFirst()
			.orElseThrow(GonghuiException::notFound);
		takeOff(entry, member, member.name() + " 退出");
	}

	private void takeOff(StoredEntry entry, EntryMember member, String what) {
		StoredContest contest = this.contests.find(entry.contestId()).orElseThrow();
		if (entry.status() != EntryStatus.PENDING) {
			throw GonghuiException.conflict("competition.entry.already-decided");
		}
		if (!this.entries.removeMember(entry.id(), member.memberId())) {
			throw GonghuiException.notFound();
		}
		Set<String> reasons = new LinkedHashSet<>();
		entry.members()
			.stream()
			.filter((m) -> m.memberId() != member.memberId())
			.forEach((m) -> reasons.addAll(m.ineligibility()));
		this.entries.setIneligibility(entry.id(), List.copyOf(reasons));
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "contest-entry", entry.id(), contest.orgPath(),
				"竞赛「" + contest.name() + "」「" + entry.teamName() + "」队：" + what));
	}

	/** The invitee says no: the invitation is gone from the team. */
	@Transactional
	void decline(CurrentUser worker, long invitationId) {
		Addressee addressee = addressee(worker, invitationId);
		StoredEntry entry = this.entries.find(addressee.invitation().entryId()).orElseThrow();
		StoredContest contest = this.contests.find(entry.contestId()).orElseThrow();
		if (!this.invitations.answer(invitationId, InvitationStatus.DECLINED, null)) {
			throw GonghuiException.notFound();
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "contest-entry", entry.id(), contest.orgPath(),
				"竞赛「" + contest.name() + "」：" + addressee.member().name() + " 谢绝加入「" + entry.teamName() + "」队"));
	}

	/**
	 * The invitation, if it names the member linked to this account (by the name and the
	 * ID number's hash); otherwise not found, as if it did not exist.
	 */
	private Addressee addressee(CurrentUser worker, long invitationId) {
		MemberSummary member = this.members.linkedTo(worker.accountId()).orElseThrow(GonghuiException::notFound);
		byte[] hash = this.members.idNumberHashOf(member.id()).orElseThrow(GonghuiException::notFound);
		Invitation invitation = this.invitations.findPending(invitationId)
			.filter((found) -> Arrays.equals(found.idNumberHash(), hash) && found.name().equals(member.name()))
			.orElseThrow(GonghuiException::notFound);
		return new Addressee(member, invitation);
	}

	/**
	 * The captain's own team entry, locked; not found for anyone else's, which is told by
	 * a plain read so that nobody else's request waits on the lock.
	 */
	private StoredEntry ownEntry(CurrentUser captain, long entryId) {
		Long memberId = this.members.linkedTo(captain.accountId()).map(MemberSummary::id).orElse(null);
		java.util.function.Predicate<StoredEntry> own = (entry) -> memberId != null && entry.memberId() == memberId
				&& entry.nominatedBy() == null;
		this.entries.find(entryId).filter(own).orElseThrow(GonghuiException::notFound);
		return this.entries.findForUpdate(entryId).filter(own).orElseThrow(GonghuiException::notFound);
	}

	private static int teamMax(StoredContest contest) {
		return contest.teamMaxMembers() == null ? ContestDraft.MAX_TEAM_SIZE : contest.teamMaxMembers();
	}

	/**
	 * 张三丰 → 张**: enough for the invitee to recognise the captain, not to read a name out.
	 */
	static String maskName(String name) {
		return name.isEmpty() ? name : name.charAt(0) + "*".repeat(name.length() - 1);
	}

	private record Addressee(MemberSummary member, Invitation invitation) {
	}

}
