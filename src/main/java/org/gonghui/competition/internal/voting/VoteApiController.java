package org.gonghui.competition.internal.voting;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.competition.VoteLogCsv;
import org.gonghui.competition.VoteRecord;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;

/**
 * The public voting API ({@code /api/v1/public/votes/…}: ballot, one-time code, voter
 * token, vote) and the organiser's tally and log export
 * ({@code /api/v1/competitions/votes/…}).
 */
@RestController
class VoteApiController {

	private final BallotService service;

	private final DataScopes scopes;

	private final AuditLog audit;

	VoteApiController(BallotService service, DataScopes scopes, AuditLog audit) {
		this.service = service;
		this.scopes = scopes;
		this.audit = audit;
	}

	@GetMapping("/api/v1/public/votes/{roundId}")
	BallotJson ballot(@PathVariable long roundId) {
		BallotRepository.BallotRow ballot = this.service.ballot(roundId);
		return new BallotJson(ballot.roundId(), ballot.contestId(), ballot.contestName(), ballot.roundName(),
				ballot.rule().period().name(), ballot.rule().votesAllowed(), ballot.opensAt(), ballot.closesAt(),
				ballot.openAt(Instant.now()), this.service.candidates(roundId));
	}

	@PostMapping("/api/v1/public/votes/{roundId}/codes")
	ResponseEntity<BallotService.CodeSent> requestCode(@PathVariable long roundId,
			@Valid @RequestBody CodeRequest request, HttpServletRequest http) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(this.service.requestCode(roundId, request.mobile(), http.getRemoteAddr()));
	}

	@PostMapping("/api/v1/public/votes/{roundId}/tokens")
	ResponseEntity<TokenJson> verify(@PathVariable long roundId, @Valid @RequestBody VerifyRequest request) {
		BallotService.IssuedToken token = this.service.verifyCode(roundId, request.mobile(), request.code());
		return ResponseEntity.status(HttpStatus.CREATED).body(new TokenJson(token.token(), token.expiresAt()));
	}

	/** For a worker signed in with a bearer token: votes as that member. */
	@PostMapping("/api/v1/public/votes/{roundId}/member-tokens")
	ResponseEntity<TokenJson> memberToken(@PathVariable long roundId) {
		CurrentUser user = CurrentUser.current()
			.orElseThrow(() -> new GonghuiException(HttpStatus.UNAUTHORIZED, "error.unauthenticated"));
		BallotService.IssuedToken token = this.service.memberToken(roundId, user);
		return ResponseEntity.status(HttpStatus.CREATED).body(new TokenJson(token.token(), token.expiresAt()));
	}

	/**
	 * 201 for a vote stored now; 200 with the same body for a retry of a vote already
	 * stored (same voter, same {@code clientVoteId}). Plain requests are answered by
	 * {@link VoteCastFilter} before they get here, with the same answers.
	 */
	@PostMapping("/api/v1/public/votes/{roundId}/votes")
	ResponseEntity<VoteJson> vote(@PathVariable long roundId, @Valid @RequestBody VoteRequest request,
			HttpServletRequest http) {
		BallotService.Cast cast = this.service.cast(roundId, request.voterToken(), request.entrantId(),
				request.clientVoteId(), http.getRemoteAddr());
		return ResponseEntity.status(cast.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(VoteJson.of(cast));
	}

	@GetMapping("/api/v1/competitions/votes/{roundId}")
	TallyJson tally(@PathVariable long roundId) {
		BallotRepository.BallotRow ballot = staffBallot(roundId);
		Map<Long, Long> counts = this.service.counts(roundId);
		return new TallyJson(roundId, ballot.voteCount(), ballot.headHash(), counts, this.service.flags(roundId));
	}

	@GetMapping(path = "/api/v1/competitions/votes/{roundId}/log.csv", produces = "text/csv")
	ResponseEntity<String> log(@PathVariable long roundId) {
		BallotRepository.BallotRow ballot = staffBallot(roundId);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"vote-log-" + roundId + ".csv\"")
			.body(exportLog(ballot));
	}

	String exportLog(BallotRepository.BallotRow ballot) {
		StringWriter out = new StringWriter();
		VoteLogCsv.write(this.service.log(ballot.roundId()), out);
		this.audit.record(AuditEntry.of(AuditAction.EXPORT, "vote-log", ballot.roundId(), ballot.orgPath(),
				"导出投票日志：" + ballot.contestName() + " " + ballot.roundName()));
		return out.toString();
	}

	private BallotRepository.BallotRow staffBallot(long roundId) {
		CurrentUser user = CurrentUser.require();
		if (!user.role().isStaff()) {
			throw GonghuiException.forbidden();
		}
		BallotRepository.BallotRow ballot = this.service.ballot(roundId);
		if (!this.scopes.scopeOf(user).contains(ballot.orgPath())) {
			throw GonghuiException.notFound();
		}
		return ballot;
	}

	record CodeRequest(@NotBlank(message = "{vote.mobile-invalid}") String mobile) {
	}

	record VerifyRequest(@NotBlank(message = "{vote.mobile-invalid}") String mobile,
			@NotBlank(message = "{vote.code-invalid}") @Size(max = 12) String code) {
	}

	record VoteRequest(@NotBlank(message = "{vote.token-invalid}") String voterToken,
			@NotNull(message = "{vote.unknown-candidate}") Long entrantId, @Nullable String clientVoteId) {
	}

	record TokenJson(String voterToken, Instant expiresAt) {
	}

	record VoteJson(String clientVoteId, long roundId, long entrantId, long sequence, String hash, Instant castAt,
			boolean replayed) {

		static VoteJson of(BallotService.Cast cast) {
			VoteRecord r = cast.record();
			return new VoteJson(cast.clientVoteId(), r.roundId(), r.entrantId(), r.sequence(), r.hash(), r.castAt(),
					cast.replayed());
		}

	}

	record BallotJson(long roundId, long contestId, String contestName, String roundName, String period,
			int votesAllowed, Instant opensAt, Instant closesAt, boolean open, List<BallotSpec.Candidate> candidates) {
	}

	record TallyJson(long roundId, long votes, String head, Map<Long, Long> votesByEntrant,
			List<BallotRepository.VoteFlag> flags) {
	}

}
