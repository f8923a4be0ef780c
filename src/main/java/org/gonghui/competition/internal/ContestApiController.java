package org.gonghui.competition.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.account.Accounts;
import org.gonghui.competition.Contests;
import org.gonghui.competition.internal.ContestForms.ChiefForm;
import org.gonghui.competition.internal.ContestForms.ContestForm;
import org.gonghui.competition.internal.ContestForms.JudgeForm;
import org.gonghui.competition.internal.ContestForms.RejectForm;
import org.gonghui.competition.internal.ContestForms.RoundForm;
import org.gonghui.competition.internal.ContestForms.SelfSignUpForm;
import org.gonghui.competition.internal.ContestForms.SignUpForm;
import org.gonghui.competition.internal.EntryRepository.StoredEntry;
import org.gonghui.competition.internal.ScoreRepository.AwardRow;
import org.gonghui.competition.internal.ScoreRepository.ResultRow;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/**
 * The contest API. Staff endpoints are scoped to the caller's subtree (404 outside);
 * workers sign up, judges score and the chief judge publishes. A round's ranking is
 * public (under {@code /api/v1/public}) only once published.
 */
@RestController
class ContestApiController {

	private static final String STAFF = "hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')";

	private final Contests contests;

	private final ContestQueries queries;

	private final ContestDocuments documents;

	private final DataScopes scopes;

	private final Accounts accounts;

	ContestApiController(Contests contests, ContestQueries queries, ContestDocuments documents, DataScopes scopes,
			Accounts accounts) {
		this.contests = contests;
		this.queries = queries;
		this.documents = documents;
		this.scopes = scopes;
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/competitions")
	@PreAuthorize(STAFF)
	PageResponse<StoredContest> list(@RequestParam(required = false) @Nullable ContestStatus status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.queries.page(this.scopes.current(), status, PageRequest.of(page, size));
	}

	@PostMapping("/api/v1/competitions")
	@PreAuthorize(STAFF)
	ResponseEntity<ContestDetail> create(@Valid @RequestBody ContestForm form) {
		DataScope scope = this.scopes.current();
		long id = this.contests.create(scope, form.draft(scope.orgId()));
		return ResponseEntity.created(URI.create("/api/v1/competitions/" + id)).body(detail(scope, id));
	}

	@GetMapping("/api/v1/competitions/{id}")
	@PreAuthorize(STAFF)
	ContestDetail get(@PathVariable long id) {
		return detail(this.scopes.current(), id);
	}

	private ContestDetail detail(DataScope scope, long id) {
		StoredContest contest = this.queries.contestWithin(scope, id);
		return new ContestDetail(contest, this.queries.rounds(id), this.queries.awards(id));
	}

	@PostMapping("/api/v1/competitions/{id}/rounds")
	@PreAuthorize(STAFF)
	ResponseEntity<Map<String, Long>> addRound(@PathVariable long id, @Valid @RequestBody RoundForm form) {
		long roundId = this.contests.addRound(this.scopes.current(), id, form.draft());
		return ResponseEntity.created(URI.create("/api/v1/competitions/rounds/" + roundId)).body(Map.of("id", roundId));
	}

	@PostMapping("/api/v1/competitions/rounds/{roundId}/judges")
	@PreAuthorize(STAFF)
	ResponseEntity<Void> assignJudge(@PathVariable long roundId, @Valid @RequestBody JudgeForm form) {
		var judge = this.accounts.findByUsername(form.username())
			.filter((account) -> account.role() == Role.JUDGE)
			.orElseThrow(() -> GonghuiException.invalidField("username", "competition.judge.not-a-judge"));
		this.contests.assignJudge(this.scopes.current(), roundId, judge.id(), form.employerOrgId(), form.chief());
		return ResponseEntity.noContent().build();
	}

	/** Replaces the chief judge, with a reason (the way once the round has started). */
	@PutMapping("/api/v1/competitions/rounds/{roundId}/chief")
	@PreAuthorize(STAFF)
	ResponseEntity<Void> replaceChief(@PathVariable long roundId, @Valid @RequestBody ChiefForm form) {
		var judge = this.accounts.findByUsername(form.username())
			.filter((account) -> account.role() == Role.JUDGE)
			.orElseThrow(() -> GonghuiException.invalidField("username", "competition.judge.not-a-judge"));
		this.contests.replaceChief(this.scopes.current(), roundId, judge.id(), form.employerOrgId(), form.reason());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/competitions/rounds/{roundId}/judges/{judgeAccountId}")
	@PreAuthorize(STAFF)
	ResponseEntity<Void> unassignJudge(@PathVariable long roundId, @PathVariable long judgeAccountId) {
		this.contests.unassignJudge(this.scopes.current(), roundId, judgeAccountId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/competitions/{id}/entries")
	@PreAuthorize(STAFF)
	List<StoredEntry> entries(@PathVariable long id, @RequestParam(required = false) @Nullable EntryStatus status) {
		this.queries.contestWithin(this.scopes.current(), id);
		return this.queries.entries(id, status);
	}

	@PostMapping("/api/v1/competitions/{id}/nominations")
	@PreAuthorize(STAFF)
	ResponseEntity<Map<String, Long>> nominate(@PathVariable long id, @Valid @RequestBody SignUpForm form) {
		long entryId = this.contests.nominate(this.scopes.current(), id, form.signUp());
		return ResponseEntity.status(201).body(Map.of("id", entryId));
	}

	@PostMapping("/api/v1/competitions/{id}/sign-ups")
	@PreAuthorize("hasRole('WORKER')")
	ResponseEntity<Map<String, Long>> signUp(@PathVariable long id, @Valid @RequestBody SelfSignUpForm form) {
		long entryId = this.contests.signUp(CurrentUser.require(), id, form.signUp());
		return ResponseEntity.status(201).body(Map.of("id", entryId));
	}

	@PostMapping("/api/v1/competitions/entries/{entryId}/accept")
	@PreAuthorize(STAFF)
	Map<String, String> accept(@PathVariable long entryId) {
		return Map.of("number", this.contests.accept(this.scopes.current(), entryId));
	}

	@PostMapping("/api/v1/competitions/entries/{entryId}/reject")
	@PreAuthorize(STAFF)
	ResponseEntity<Void> reject(@PathVariable long entryId, @Valid @RequestBody RejectForm form) {
		this.contests.reject(this.scopes.current(), entryId, form.reason());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/competitions/rounds/{roundId}/open")
	@PreAuthorize(STAFF)
	ResponseEntity<Void> open(@PathVariable long roundId, @RequestBody(required = false) @Nullable OpenRound body) {
		this.contests.openRound(this.scopes.current(), roundId, body == null ? null : body.voteClosesAt());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/competitions/rounds/{roundId}/objective-results")
	@PreAuthorize(STAFF)
	ResponseEntity<Void> objective(@PathVariable long roundId, @Valid @RequestBody ObjectiveResult body) {
		this.contests.recordObjective(this.scopes.current(), roundId, body.entryId(), body.score(),
				body.seconds() == null ? null
						: Duration.ofMillis(body.seconds().multiply(BigDecimal.valueOf(1000)).longValue()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/competitions/rounds/{roundId}/close")
	@PreAuthorize(STAFF)
	ResponseEntity<Void> close(@PathVariable long roundId) {
		this.contests.closeRound(this.scopes.current(), roundId);
		return ResponseEntity.noContent().build();
	}

	/** The chief judge (or staff, for a round without one) publishes. */
	@PostMapping("/api/v1/competitions/rounds/{roundId}/publish")
	ResponseEntity<Void> publish(@PathVariable long roundId) {
		this.contests.publish(CurrentUser.require(), roundId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/competitions/rounds/{roundId}/score-sheets")
	@PreAuthorize("hasRole('JUDGE')")
	ResponseEntity<Void> score(@PathVariable long roundId, @Valid @RequestBody ScoreSheet body) {
		this.contests.submitScores(CurrentUser.require(), roundId, body.entryId(), body.points());
		return ResponseEntity.status(201).build();
	}

	/** The computed ranking, for staff of the subtree, before publication too. */
	@GetMapping("/api/v1/competitions/rounds/{roundId}/results")
	@PreAuthorize(STAFF)
	List<ResultRow> results(@PathVariable long roundId) {
		this.queries.roundWithin(this.scopes.current(), roundId);
		return this.queries.results(roundId);
	}

	@GetMapping("/api/v1/public/competitions")
	PageResponse<StoredContest> publicList(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.queries.page(null, null, PageRequest.of(page, size));
	}

	/** Empty until the round is published: no ranking is public before. */
	@GetMapping("/api/v1/public/competitions/rounds/{roundId}/results")
	List<ResultRow> publicResults(@PathVariable long roundId) {
		return this.queries.publishedResults(roundId);
	}

	@GetMapping("/api/v1/public/certificates/{code}")
	CertificateCheck certificate(@PathVariable String code) {
		AwardRow award = this.documents.award(code).orElseThrow(GonghuiException::notFound);
		return new CertificateCheck(award.code(), award.contestName(), award.organiserName(), award.name(),
				award.teamName(), award.prizeName(), award.rank(), award.awardedOn().toString());
	}

	record ContestDetail(StoredContest contest, List<ContestQueries.RoundDetail> rounds, List<AwardRow> awards) {
	}

	record OpenRound(@Nullable Instant voteClosesAt) {
	}

	record ObjectiveResult(@NotNull Long entryId, @Nullable BigDecimal score, @Nullable BigDecimal seconds) {
	}

	record ScoreSheet(@NotNull Long entryId, @NotNull Map<String, BigDecimal> points) {
	}

	record CertificateCheck(String code, String contest, String organiser, String name, @Nullable String team,
			String prize, int rank, String awardedOn) {
	}

}
