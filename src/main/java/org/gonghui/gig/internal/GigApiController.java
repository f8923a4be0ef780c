package org.gonghui.gig.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.gig.GigPostDraft;
import org.gonghui.gig.JobFairDraft;
import org.gonghui.gig.MinimumWage;
import org.gonghui.gig.PolicyArticleDraft;
import org.gonghui.gig.WorkerProfileDraft;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/**
 * The gig market's signed-in API: employers post and make offers, workers keep a profile,
 * apply and answer offers, both rate; staff moderate, keep minimum wages, see unpaid
 * reports, run job fairs and the policy corner.
 */
@RestController
@RequestMapping("/api/v1/gig")
class GigApiController {

	private final GigPosts posts;

	private final WorkerProfiles profiles;

	private final Applications applications;

	private final MinimumWageBook minimumWages;

	private final JobFairs fairs;

	private final PolicyCorner policies;

	private final DataScopes scopes;

	GigApiController(GigPosts posts, WorkerProfiles profiles, Applications applications, MinimumWageBook minimumWages,
			JobFairs fairs, PolicyCorner policies, DataScopes scopes) {
		this.posts = posts;
		this.profiles = profiles;
		this.applications = applications;
		this.minimumWages = minimumWages;
		this.fairs = fairs;
		this.policies = policies;
		this.scopes = scopes;
	}

	private static long me() {
		return CurrentUser.require().accountId();
	}

	// employers

	@PostMapping("/posts")
	@PreAuthorize("hasRole('EMPLOYER')")
	ResponseEntity<PostRecord> post(@Valid @RequestBody GigPostDraft draft) {
		PostRecord post = this.posts.post(me(), draft);
		return ResponseEntity.created(URI.create("/api/v1/public/gig/posts/" + post.id())).body(post);
	}

	@GetMapping("/posts/mine")
	@PreAuthorize("hasRole('EMPLOYER')")
	List<PostRecord> myPosts() {
		return this.posts.byEmployer(me());
	}

	@GetMapping("/posts/{id}/candidates")
	@PreAuthorize("hasRole('EMPLOYER')")
	List<Applications.CandidateView> candidates(@PathVariable long id) {
		return this.applications.candidates(me(), id);
	}

	@PostMapping("/applications/{id}/offer")
	@PreAuthorize("hasRole('EMPLOYER')")
	ApplicationRecord offer(@PathVariable long id) {
		this.applications.offer(me(), id);
		return this.applications.find(id).orElseThrow();
	}

	// workers

	@GetMapping("/profile")
	@PreAuthorize("hasRole('WORKER')")
	WorkerProfiles.Profile profile() {
		return this.profiles.find(me()).orElseThrow(GonghuiException::notFound);
	}

	@PutMapping("/profile")
	@PreAuthorize("hasRole('WORKER')")
	WorkerProfiles.Profile saveProfile(@Valid @RequestBody WorkerProfileDraft draft) {
		return this.profiles.save(me(), draft);
	}

	@PostMapping("/posts/{id}/applications")
	@PreAuthorize("hasRole('WORKER')")
	ResponseEntity<ApplicationRecord> apply(@PathVariable long id) {
		long application = this.applications.apply(me(), id);
		return ResponseEntity.created(URI.create("/api/v1/gig/applications/" + application))
			.body(this.applications.find(application).orElseThrow());
	}

	@GetMapping("/applications/mine")
	@PreAuthorize("hasRole('WORKER')")
	List<ApplicationRecord> myApplications() {
		return this.applications.ofWorker(me());
	}

	@PostMapping("/applications/{id}/accept")
	@PreAuthorize("hasRole('WORKER')")
	ApplicationRecord accept(@PathVariable long id) {
		this.applications.accept(me(), id);
		return this.applications.find(id).orElseThrow();
	}

	@PostMapping("/applications/{id}/decline")
	@PreAuthorize("hasRole('WORKER')")
	ApplicationRecord decline(@PathVariable long id) {
		this.applications.decline(me(), id);
		return this.applications.find(id).orElseThrow();
	}

	record RatingForm(@Min(1) @Max(5) int stars, @Nullable @Size(max = 500) String comment) {
	}

	/** The worker rates the employer, the employer the worker: the side is the role. */
	@PostMapping("/applications/{id}/ratings")
	@PreAuthorize("hasAnyRole('WORKER','EMPLOYER')")
	ResponseEntity<Map<String, Object>> rate(@PathVariable long id, @Valid @RequestBody RatingForm form) {
		boolean byEmployer = CurrentUser.require().role() == Role.EMPLOYER;
		this.applications.rate(me(), id, byEmployer, form.stars(), form.comment());
		return ResponseEntity.status(201).body(Map.of("applicationId", id, "stars", form.stars()));
	}

	record UnpaidForm(@Nullable @Positive Long amountFen, @Nullable @Size(max = 1000) String note) {
	}

	@PostMapping("/applications/{id}/unpaid")
	@PreAuthorize("hasRole('WORKER')")
	ResponseEntity<Map<String, Object>> reportUnpaid(@PathVariable long id, @Valid @RequestBody UnpaidForm form) {
		long report = this.applications.reportUnpaid(me(), id, form.amountFen(), form.note());
		return ResponseEntity.status(201).body(Map.of("id", report, "applicationId", id));
	}

	@PostMapping("/fairs/{id}/signups")
	@PreAuthorize("hasRole('WORKER')")
	ResponseEntity<Map<String, Object>> signUp(@PathVariable long id) {
		this.fairs.signUp(id, me());
		return ResponseEntity.status(201).body(Map.of("fairId", id));
	}

	// staff

	@GetMapping("/moderation/posts")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
	PageResponse<PostRecord> moderation(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.posts.withinScope(this.scopes.current(), q, PageRequest.of(page, size));
	}

	record ReasonForm(@NotBlank @Size(max = 500) String reason) {
	}

	@PostMapping("/posts/{id}/hide")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
	PostRecord hide(@PathVariable long id, @Valid @RequestBody ReasonForm form) {
		return this.posts.hide(this.scopes.current(), id, form.reason());
	}

	@PostMapping("/employers/{accountId}/block")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
	ResponseEntity<Map<String, Object>> block(@PathVariable long accountId, @Valid @RequestBody ReasonForm form) {
		this.posts.block(this.scopes.current(), accountId, form.reason());
		return ResponseEntity.status(201).body(Map.of("employerAccountId", accountId, "reason", form.reason()));
	}

	@GetMapping("/minimum-wages")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
	List<MinimumWageBook.Entry> minimumWages() {
		return this.minimumWages.all();
	}

	record MinimumWageForm(@NotNull @Pattern(regexp = "\\d{6}") String regionCode, @NotNull LocalDate effectiveFrom,
			@Positive long hourlyFen, @Positive long monthlyFen) {
	}

	@PostMapping("/minimum-wages")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	ResponseEntity<Map<String, Object>> enterMinimumWage(@Valid @RequestBody MinimumWageForm form) {
		long id = this.minimumWages
			.enter(new MinimumWage(form.regionCode(), form.effectiveFrom(), form.hourlyFen(), form.monthlyFen()));
		return ResponseEntity.status(201).body(Map.of("id", id));
	}

	@GetMapping("/unpaid-reports")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
	List<Applications.UnpaidReport> unpaidReports() {
		return this.applications.unpaidWithinScope(this.scopes.current());
	}

	@PostMapping("/unpaid-reports/{id}/handled")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
	Map<String, Object> handled(@PathVariable long id) {
		this.applications.markHandled(this.scopes.current(), id);
		return Map.of("id", id, "handled", true);
	}

	@PostMapping("/fairs")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
	ResponseEntity<Map<String, Object>> createFair(@Valid @RequestBody JobFairDraft draft) {
		long id = this.fairs.create(this.scopes.current(), draft);
		return ResponseEntity.created(URI.create("/api/v1/public/gig/fairs/" + id)).body(Map.of("id", id));
	}

	@PostMapping("/policies")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	ResponseEntity<Map<String, Object>> publish(@Valid @RequestBody PolicyArticleDraft draft) {
		return ResponseEntity.status(201).body(Map.of("id", this.policies.publish(draft)));
	}

}
