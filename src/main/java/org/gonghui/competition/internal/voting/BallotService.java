package org.gonghui.competition.internal.voting;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.competition.VoteRecord;
import org.gonghui.shared.ident.MobileNumber;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.sms.OnScreenCodes;
import org.gonghui.shared.sms.SmsSender;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;

/**
 * Online voting: ballots opened by the contest side, voter verification by one-time code
 * or member sign-in, and casting votes through the {@link VoteWriter}.
 */
@Service
class BallotService implements Ballots {

	private static final Pattern CLIENT_VOTE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final long WAIT_SECONDS = 30;

	private final BallotRepository ballots;

	private final VoteWriter writer;

	private final VoterTokens tokens;

	private final VotingKeys keys;

	private final SmsSender sms;

	private final VotingProperties properties;

	private final boolean showCodes;

	private final TokenBuckets ipVotes;

	private final TokenBuckets ipCodes;

	private final TokenBuckets mobileCodes;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock = Clock.systemUTC();

	BallotService(BallotRepository ballots, VoteWriter writer, VoterTokens tokens, VotingKeys keys, SmsSender sms,
			VotingProperties properties, OnScreenCodes onScreen) {
		this.ballots = ballots;
		this.writer = writer;
		this.tokens = tokens;
		this.keys = keys;
		this.sms = sms;
		this.properties = properties;
		this.showCodes = onScreen.shown();
		this.ipVotes = new TokenBuckets(properties.ipVoteBurst(), properties.ipVotesPerSecond());
		this.ipCodes = new TokenBuckets(properties.ipCodesPerHour(), properties.ipCodesPerHour() / 3600d);
		this.mobileCodes = new TokenBuckets(properties.mobileCodesPerHour(), properties.mobileCodesPerHour() / 3600d);
	}

	@Override
	@Transactional
	public void open(BallotSpec spec) {
		Optional<BallotRepository.BallotHead> existing = this.ballots.lockHead(spec.roundId());
		if (existing.isPresent() && existing.get().voteCount() > 0) {
			throw GonghuiException.conflict("vote.ballot-has-votes");
		}
		this.ballots.save(spec);
	}

	@Override
	@Transactional
	public void close(long roundId) {
		if (this.ballots.close(roundId, this.clock.instant()) == 0) {
			throw GonghuiException.notFound();
		}
	}

	@Override
	public Map<Long, Long> counts(long roundId) {
		return this.ballots.tally(roundId);
	}

	BallotRepository.BallotRow ballot(long roundId) {
		return this.ballots.find(roundId).orElseThrow(GonghuiException::notFound);
	}

	java.util.List<BallotSpec.Candidate> candidates(long roundId) {
		return this.ballots.candidates(roundId);
	}

	java.util.List<BallotRepository.VoteFlag> flags(long roundId) {
		return this.ballots.flags(roundId);
	}

	/** The round's log in sequence order, for export. */
	java.util.List<VoteRecord> log(long roundId) {
		return this.ballots.log(roundId);
	}

	boolean showsCodes() {
		return this.showCodes;
	}

	/** Sends a one-time code to the number; in demo mode the code is returned to show. */
	@Transactional
	CodeSent requestCode(long roundId, String mobile, String clientIp) {
		BallotRepository.BallotRow ballot = openBallot(roundId);
		String normalised = MobileNumber.normalise(mobile)
			.orElseThrow(() -> GonghuiException.invalidField("mobile", "vote.mobile-invalid"));
		String mobileHash = this.keys.mobileVoter(roundId, normalised);
		if (!this.ipCodes.tryTake(clientIp) || !this.mobileCodes.tryTake(mobileHash)) {
			throw new GonghuiException(HttpStatus.TOO_MANY_REQUESTS, "vote.too-many-codes");
		}
		String code = String.format("%06d", this.random.nextInt(1_000_000));
		Instant expiresAt = this.clock.instant().plus(this.properties.codeTtl());
		this.ballots.saveCode(roundId, mobileHash, codeHash(roundId, mobileHash, code), expiresAt);
		this.sms.sendVoteCode(normalised, code, ballot.contestName() + " " + ballot.roundName());
		return new CodeSent(MobileNumber.mask(normalised), this.showCodes ? code : null, expiresAt);
	}

	/**
	 * Checks a one-time code and issues a voter token. A wrong guess is counted even
	 * though the request is refused, so the attempt limit holds.
	 */
	@Transactional(noRollbackFor = GonghuiException.class)
	IssuedToken verifyCode(long roundId, String mobile, String code) {
		openBallot(roundId);
		String normalised = MobileNumber.normalise(mobile)
			.orElseThrow(() -> GonghuiException.invalidField("mobile", "vote.mobile-invalid"));
		String mobileHash = this.keys.mobileVoter(roundId, normalised);
		Instant now = this.clock.instant();
		BallotRepository.SentCode sent = this.ballots.latestCode(roundId, mobileHash)
			.filter((c) -> c.expiresAt().isAfter(now))
			.orElseThrow(() -> GonghuiException.invalidField("code", "vote.code-expired"));
		if (sent.attempts() >= this.properties.codeAttempts()) {
			throw GonghuiException.invalidField("code", "vote.code-too-many-attempts");
		}
		if (!sent.codeHash().equals(codeHash(roundId, mobileHash, code.strip()))) {
			this.ballots.countAttempt(sent.id());
			throw GonghuiException.invalidField("code", "vote.code-invalid");
		}
		this.ballots.useCode(sent.id(), now);
		return issue(roundId, mobileHash, "MOBILE", now);
	}

	/** A token for a signed-in worker: the member votes under their account. */
	@Transactional
	IssuedToken memberToken(long roundId, CurrentUser user) {
		openBallot(roundId);
		if (user.role() != Role.WORKER) {
			throw new GonghuiException(HttpStatus.FORBIDDEN, "vote.member-only");
		}
		return issue(roundId, this.keys.memberVoter(roundId, user.accountId()), "MEMBER", this.clock.instant());
	}

	private IssuedToken issue(long roundId, String voterHash, String method, Instant now) {
		VoterTokens.VoterToken token = new VoterTokens.VoterToken(UUID.randomUUID(), roundId, voterHash,
				now.plus(this.properties.tokenTtl()));
		this.ballots.recordToken(token, method);
		return new IssuedToken(this.tokens.issue(token), token.expiresAt());
	}

	/**
	 * Casts a vote and waits until it is stored (or refused). {@code clientVoteId} makes
	 * retries safe: the same voter sending the same id again gets the first answer.
	 */
	Cast cast(long roundId, String voterToken, long entrantId, @Nullable String clientVoteId, String clientIp) {
		VoterTokens.VoterToken token = this.tokens.verify(voterToken, this.clock.instant())
			.filter((t) -> t.roundId() == roundId)
			.orElseThrow(() -> new GonghuiException(HttpStatus.UNAUTHORIZED, "vote.token-invalid"));
		String voteId = (clientVoteId == null || clientVoteId.isBlank()) ? UUID.randomUUID().toString() : clientVoteId;
		if (!CLIENT_VOTE_ID.matcher(voteId).matches()) {
			throw GonghuiException.invalidField("clientVoteId", "vote.client-id-invalid");
		}
		if (!this.ipVotes.tryTake(clientIp)) {
			throw new GonghuiException(HttpStatus.TOO_MANY_REQUESTS, "vote.rate-limited");
		}
		CompletableFuture<VoteWriter.CastOutcome> pending = this.writer.submit(roundId, entrantId, token.voterHash(),
				voteId, network(clientIp));
		if (pending == null) {
			throw new GonghuiException(HttpStatus.SERVICE_UNAVAILABLE, "vote.unavailable");
		}
		VoteWriter.CastOutcome outcome = await(pending);
		if (outcome.failed()) {
			throw new GonghuiException(HttpStatus.SERVICE_UNAVAILABLE, "vote.unavailable");
		}
		if (outcome.refusalKey() != null) {
			HttpStatus status = switch (outcome.refusalKey()) {
				case "error.not-found" -> HttpStatus.NOT_FOUND;
				case "vote.unknown-candidate" -> HttpStatus.UNPROCESSABLE_CONTENT;
				default -> HttpStatus.CONFLICT;
			};
			throw new GonghuiException(status, outcome.refusalKey());
		}
		return new Cast(voteId, outcome.record(), outcome.replayed());
	}

	private static VoteWriter.CastOutcome await(CompletableFuture<VoteWriter.CastOutcome> pending) {
		try {
			return pending.get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GonghuiException(HttpStatus.SERVICE_UNAVAILABLE, "vote.unavailable");
		}
		catch (ExecutionException | TimeoutException ex) {
			// a vote still queued may yet be stored: a retry with the same client vote id
			// is answered from the log, never counted twice
			throw new GonghuiException(HttpStatus.SERVICE_UNAVAILABLE, "vote.unavailable");
		}
	}

	private BallotRepository.BallotRow openBallot(long roundId) {
		BallotRepository.BallotRow ballot = ballot(roundId);
		Instant now = this.clock.instant();
		if (now.isBefore(ballot.opensAt())) {
			throw GonghuiException.conflict("vote.not-open");
		}
		if (!ballot.openAt(now)) {
			throw GonghuiException.conflict("vote.closed");
		}
		return ballot;
	}

	private String codeHash(long roundId, String mobileHash, String code) {
		return this.keys.sign("code:" + roundId + ":" + mobileHash + ":" + code);
	}

	/**
	 * The /24 (IPv4) or /64 (IPv6) network of an address, as bursts are flagged per
	 * network.
	 */
	static String network(String ip) {
		try {
			// a literal address: getByName does no lookup for it
			byte[] address = InetAddress.getByName(ip).getAddress();
			if (address.length == 4) {
				return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + ".0/24";
			}
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((address[i] & 0xff) << 8) | (address[i + 1] & 0xff))).append(':');
			}
			return prefix + ":/64";
		}
		catch (java.net.UnknownHostException ex) {
			return ip;
		}
	}

	record CodeSent(String maskedMobile, @Nullable String demoCode, Instant expiresAt) {
	}

	record IssuedToken(String token, Instant expiresAt) {
	}

	record Cast(String clientVoteId, VoteRecord record, boolean replayed) {
	}

}
