package org.gonghui.member.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberSummary;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.db.AdvisoryLocks;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.ident.MobileNumber;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.sms.OnScreenCodes;
import org.gonghui.shared.web.GonghuiException;

/**
 * A worker links their account to their member record (实名认证) with a one-time code sent to
 * the mobile number on the roster: name and ID number alone are known to relatives,
 * employers and anyone who saw a copy of the card. The answer to a request is the same
 * whether a code went out or not, so the form cannot be used to learn who is a member;
 * codes are kept as keyed hashes, valid a few minutes, for a few wrong guesses.
 */
@Service
class IdentityCodes {

	static final Duration TTL = Duration.ofMinutes(5);

	static final int ATTEMPTS = 5;

	static final int REQUESTS_PER_DAY = 10;

	static final int SENDS_PER_MEMBER_PER_DAY = 5;

	static final Duration DAY = Duration.ofDays(1);

	/**
	 * No answer to a request that reaches the roster, nor to a confirmation, comes back
	 * sooner, whatever the roster holds or whether a code is live.
	 */
	static final Duration FLOOR = Duration.ofMillis(300);

	/**
	 * As the roster's fields: longer text names nobody and would only fill the audit log.
	 */
	static final int NAME_MAX = 50;

	static final int ID_NUMBER_MAX = 18;

	/** Advisory-lock namespace of an account's code requests ("IC"). */
	private static final long REQUEST_LOCK = 0x4943L << 48;

	/** Advisory-lock namespace of the codes sent to a member's phone ("IS"). */
	private static final long SEND_LOCK = 0x4953L << 48;

	private final JdbcClient jdbc;

	private final MemberRepository members;

	private final MemberRegistry registry;

	private final AccountLinks links;

	private final OrgDirectory orgs;

	private final PersonalDataCipher cipher;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final IdentitySms sender;

	private final CheckCodes checkCodes;

	private final boolean showCodes;

	private final SecureRandom random = new SecureRandom();

	IdentityCodes(JdbcClient jdbc, MemberRepository members, MemberRegistry registry, AccountLinks links,
			OrgDirectory orgs, IdentitySms sender, PersonalDataCipher cipher, AuditLog audit,
			PlatformTransactionManager transactions, OnScreenCodes onScreen, CheckCodes checkCodes) {
		this.jdbc = jdbc;
		this.members = members;
		this.registry = registry;
		this.links = links;
		this.orgs = orgs;
		this.sender = sender;
		this.cipher = cipher;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
		this.showCodes = onScreen.shown();
		this.checkCodes = checkCodes;
	}

	/** The member the worker's account is linked to, with their union's name. */
	Status status(CurrentUser worker) {
		requireWorker(worker);
		return this.registry.linkedTo(worker.accountId())
			.map((member) -> new Status(true, member.name(),
					this.orgs.find(member.orgId()).map(OrgSummary::name).orElse(null), null))
			.orElseGet(() -> new Status(false, null, null, this.checkCodes.today(worker.accountId())));
	}

	/**
	 * Sends a code to the roster phone of the active member with this name and ID number,
	 * unless the member is linked to another account, staff unlinked it from this one,
	 * the roster has no mobile number or the member's codes for the day are used up. The
	 * same answer in every case, after the same time ({@link #FLOOR}); only the demo
	 * shows the code, and only when one was sent.
	 */
	Requested request(CurrentUser worker, @Nullable String name, @Nullable String idNumber) {
		long started = System.nanoTime();
		Outcome outcome = this.tx.execute((status) -> requestInTransaction(worker, name, idNumber));
		if (outcome.overCap()) {
			// thrown after the commit: the refusal's audit entry stays, and it was
			// written on the request's one connection (a second one, taken while the
			// first and the account's lock are held, starves the pool under parallel
			// refusals)
			throw new GonghuiException(HttpStatus.TOO_MANY_REQUESTS, "member.identity.too-many", REQUESTS_PER_DAY);
		}
		// the paths that match a member make more queries than those that do not; the
		// floor hides that, slept with the connection back in the pool. Only requests
		// that reached the roster wait: the daily cap bounds them, while refusals before
		// it (bad input, already linked, over the cap, busy) tell nothing about the
		// roster and would each hold a server thread for nothing
		waitUntil(started + FLOOR.toNanos());
		return new Requested(outcome.demoCode());
	}

	private Outcome requestInTransaction(CurrentUser worker, @Nullable String name, @Nullable String idNumber) {
		requireWorker(worker);
		String typedName = name == null ? "" : name.strip();
		String typedId = idNumber == null ? "" : idNumber.strip();
		if (typedName.isEmpty()) {
			throw GonghuiException.invalidField("name", "member.identity.name-required");
		}
		if (typedName.length() > NAME_MAX) {
			throw GonghuiException.invalidField("name", "member.identity.name-too-long", NAME_MAX);
		}
		if (typedId.isEmpty()) {
			throw GonghuiException.invalidField("idNumber", "member.identity.id-number-required");
		}
		if (typedId.length() > ID_NUMBER_MAX) {
			throw GonghuiException.invalidField("idNumber", "member.identity.id-number-invalid");
		}
		IdNumber.Result parsed = IdNumber.parse(typedId);
		if (parsed.idNumber() == null) {
			// a checksum anyone can compute: saying so tells nothing about the roster
			throw GonghuiException.invalidField("idNumber", "member.identity.id-number-invalid");
		}
		long accountId = worker.accountId();
		if (this.links.memberOf(accountId).isPresent()) {
			throw GonghuiException.conflict("member.identity.already-linked");
		}
		String maskedId = parsed.idNumber().masked();
		// one request of this account at a time: counted and recorded apart, parallel
		// requests would each see the count below the cap. Not waited for: each waiter
		// would hold a pooled connection, and one account's burst would hold them all
		requireAccountLock(accountId);
		if (requestsToday(accountId) >= REQUESTS_PER_DAY) {
			Optional<MemberRecord> named = this.members.findByIdNumber(parsed.idNumber().value());
			this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member",
					named.map((m) -> (Object) m.id()).orElse(maskedId), named.map(MemberRecord::orgPath).orElse(null),
					"职工账号 #" + accountId + " 申请实名认证被拒：今日申请已达 " + REQUESTS_PER_DAY + " 次上限，姓名 " + typedName + "，身份证号 "
							+ maskedId));
			return new Outcome(true, null);
		}
		// whatever the outcome, the earlier code dies: were it kept only when nothing is
		// sent, confirming it afterwards would tell whether the other name got a code
		this.jdbc.sql("delete from member.identity_code where account_id = :account")
			.param("account", accountId)
			.update();
		Optional<MemberRecord> named = this.members.findByIdNumber(parsed.idNumber().value());
		MemberRecord member = named.filter((m) -> m.name().equals(typedName) && m.status() == MemberStatus.ACTIVE)
			.orElse(null);
		if (member == null) {
			recordRequest(accountId, null, false);
			this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member",
					named.map((m) -> (Object) m.id()).orElse(maskedId), named.map(MemberRecord::orgPath).orElse(null),
					"职工账号 #" + accountId + " 申请实名认证未通过："
							+ (named.isEmpty() ? "名册中没有该身份证号"
									: (named.get().status() != MemberStatus.ACTIVE ? "该会员不在册" : "姓名与名册不符"))
							+ "，姓名 " + typedName + "，身份证号 " + maskedId));
			return new Outcome(false, null);
		}
		// codes to one member's phone are counted across accounts: one at a time here
		// too, not waited for either (many accounts naming one member would queue, each
		// on a connection); busy, nothing is sent and the answer stays the neutral one,
		// as a 429 only here would say the name and ID number matched
		boolean sendLock = AdvisoryLocks.tryLock(this.jdbc, SEND_LOCK | member.id());
		String mobile = MobileNumber.normalise(member.phone() == null ? "" : member.phone()).orElse(null);
		String refusal = sendLock ? refusal(accountId, member, mobile) : "该会员的验证码正在由其他请求处理";
		String prefix = "职工账号 #" + accountId + " 申请实名认证，";
		if (refusal != null) {
			recordRequest(accountId, member.id(), false);
			this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", member.id(), member.orgPath(),
					prefix + refusal + "，未发送验证码"));
			return new Outcome(false, null);
		}
		String code = String.format("%06d", this.random.nextInt(1_000_000));
		this.jdbc.sql("""
				insert into member.identity_code (account_id, member_id, code_hash, expires_at)
				values (:account, :member, :hash, :expires)
				on conflict (account_id) do update set member_id = excluded.member_id, code_hash = excluded.code_hash,
				    expires_at = excluded.expires_at, attempts = 0, created_at = now()""")
			.param("account", accountId)
			.param("member", member.id())
			.param("hash", hash(accountId, member.id(), code))
			.param("expires", Timestamp.from(Instant.now().plus(TTL)))
			.update();
		recordRequest(accountId, member.id(), true);
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", member.id(), member.orgPath(),
				prefix + "验证码已发送至名册手机 " + MobileNumber.mask(mobile)));
		String to = mobile;
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				IdentityCodes.this.sender.send(to, code);
			}
		});
		return new Outcome(false, this.showCodes ? code : null);
	}

	private static void waitUntil(long deadline) {
		long left = deadline - System.nanoTime();
		while (left > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(left);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			left = deadline - System.nanoTime();
		}
	}

	/** Why no code goes out for this member, or null if one does. */
	private @Nullable String refusal(long accountId, MemberRecord member, @Nullable String mobile) {
		if (this.links.ofMember(member.id()).isPresent()) {
			return "该会员已绑定其他职工账号";
		}
		if (this.links.blocked(accountId, member.id())) {
			return "该账号已被工作人员解除与该会员的绑定";
		}
		if (mobile == null) {
			return "名册中没有该会员的有效手机号";
		}
		if (sentToday(member.id()) >= SENDS_PER_MEMBER_PER_DAY) {
			return "该会员今日验证码已达 " + SENDS_PER_MEMBER_PER_DAY + " 条上限";
		}
		return null;
	}

	/**
	 * Links the account to the member the live code was sent for, if {@code code} is it;
	 * a wrong guess is counted (and kept although the request is refused), and the code
	 * dies after {@value #ATTEMPTS} of them.
	 */
	MemberSummary confirm(CurrentUser worker, @Nullable String code) {
		requireWorker(worker);
		String typed = code == null ? "" : code.strip();
		if (typed.isEmpty()) {
			throw GonghuiException.invalidField("code", "member.identity.code-required");
		}
		Optional<MemberSummary> linked = this.registry.linkedTo(worker.accountId());
		if (linked.isPresent()) {
			return linked.get();
		}
		long started = System.nanoTime();
		Confirmed confirmed = this.tx.execute((status) -> {
			try {
				return new Confirmed(confirmInTransaction(worker.accountId(), typed), null, false);
			}
			catch (Busy ex) {
				return new Confirmed(null, ex, true);
			}
			catch (GonghuiException ex) {
				// committed although the request fails: the wrong guess stays counted
				return new Confirmed(null, ex, false);
			}
		});
		if (!confirmed.quick()) {
			// a wrong guess on a live code writes and commits, a guess with none only
			// reads: the floor hides whether the last request sent a code. The guesses
			// per code and the codes per day bound the confirmations that wait
			waitUntil(started + FLOOR.toNanos());
		}
		if (confirmed.refusal() != null) {
			throw confirmed.refusal();
		}
		return confirmed.member();
	}

	private MemberSummary confirmInTransaction(long accountId, String typed) {
		// the account's requests and confirmations one at a time, none waiting: the row
		// lock below then never waits either
		requireAccountLock(accountId);
		LiveCode live = this.jdbc.sql("""
				select member_id, code_hash, expires_at, attempts from member.identity_code
				where account_id = :account for update""")
			.param("account", accountId)
			.query((rs, row) -> new LiveCode(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant(),
					rs.getInt(4)))
			.optional()
			.filter((c) -> c.expiresAt().isAfter(Instant.now()) && c.attempts() < ATTEMPTS)
			.orElseThrow(IdentityCodes::codeInvalid);
		if (!MessageDigest.isEqual(live.hash(), hash(accountId, live.memberId(), typed))) {
			this.jdbc.sql("update member.identity_code set attempts = attempts + 1 where account_id = :account")
				.param("account", accountId)
				.update();
			if (live.attempts() + 1 >= ATTEMPTS) {
				// someone may be guessing: the member's union sees that the code died
				this.members.find(live.memberId())
					.ifPresent((member) -> this.audit.record(AuditEntry.of(AuditAction.UPDATE, "member", member.id(),
							member.orgPath(), "实名认证验证码连续输错 " + ATTEMPTS + " 次已作废：职工账号 #" + accountId)));
			}
			throw codeInvalid();
		}
		this.jdbc.sql("delete from member.identity_code where account_id = :account")
			.param("account", accountId)
			.update();
		MemberSummary member = this.registry.find(live.memberId())
			.filter((m) -> m.status() == MemberStatus.ACTIVE)
			.orElseThrow(IdentityCodes::codeInvalid);
		if (!this.registry.link(accountId, member.id())) {
			// linked to another account or unlinked from this one by staff meanwhile:
			// which
			// one is none of the worker's business
			throw GonghuiException.conflict("member.identity.link-refused");
		}
		return member;
	}

	private static GonghuiException codeInvalid() {
		return GonghuiException.invalidField("code", "member.identity.code-invalid");
	}

	private static void requireWorker(CurrentUser user) {
		if (user.role() != Role.WORKER) {
			throw GonghuiException.forbidden();
		}
	}

	private int requestsToday(long accountId) {
		return this.jdbc
			.sql("select count(*) from member.identity_request where account_id = :account and requested_at >= :since")
			.param("account", accountId)
			.param("since", Timestamp.from(Instant.now().minus(DAY)))
			.query(Integer.class)
			.single();
	}

	private int sentToday(long memberId) {
		return this.jdbc.sql("""
				select count(*) from member.identity_request
				where member_id = :member and sent and requested_at >= :since""")
			.param("member", memberId)
			.param("since", Timestamp.from(Instant.now().minus(DAY)))
			.query(Integer.class)
			.single();
	}

	private void recordRequest(long accountId, @Nullable Long memberId, boolean sent) {
		this.jdbc
			.sql("insert into member.identity_request (account_id, member_id, sent) values (:account, :member, :sent)")
			.param("account", accountId)
			.param("member", memberId)
			.param("sent", sent)
			.update();
	}

	private void requireAccountLock(long accountId) {
		if (!AdvisoryLocks.tryLock(this.jdbc, REQUEST_LOCK | accountId)) {
			throw new Busy();
		}
	}

	private byte[] hash(long accountId, long memberId, String code) {
		return this.cipher.hash("member.identity-code:" + accountId + ":" + memberId + ":" + code);
	}

	/**
	 * What a request did: refused over the daily cap, or the demo's code if one went out.
	 */
	private record Outcome(boolean overCap, @Nullable String demoCode) {
	}

	/** Another request or confirmation of the account is under way. */
	private static final class Busy extends GonghuiException {

		Busy() {
			super(HttpStatus.TOO_MANY_REQUESTS, "member.identity.busy");
		}

	}

	private record Confirmed(@Nullable MemberSummary member, @Nullable GonghuiException refusal, boolean quick) {
	}

	private record LiveCode(long memberId, byte[] hash, Instant expiresAt, int attempts) {
	}

	/**
	 * Whether the account is linked, and to whom; unlinked, the code the worker shows
	 * staff to be linked in person ({@link CheckCodes}).
	 */
	record Status(boolean linked, @Nullable String memberName, @Nullable String unionName, @Nullable String checkCode) {
	}

	/**
	 * The answer to a request: the code itself only on the demo, and only if one went
	 * out.
	 */
	record Requested(@Nullable String demoCode) {
	}

}
