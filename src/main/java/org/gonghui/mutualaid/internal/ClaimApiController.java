package org.gonghui.mutualaid.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gonghui.mutualaid.ClaimStatus;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/**
 * Claims: filed by staff for a member of their subtree, decided and paid by federation
 * staff. {@code ?reveal=true} on a claim returns the diagnosis and audits the read.
 */
@RestController("mutualAidClaimApiController")
@RequestMapping("/api/v1/mutual-aid/claims")
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
class ClaimApiController {

	private final ClaimService service;

	private final Claims claims;

	private final Views views;

	private final DataScopes scopes;

	private final Scopes subtrees;

	private final Clock clock;

	ClaimApiController(ClaimService service, Claims claims, Views views, DataScopes scopes, Scopes subtrees,
			Clock clock) {
		this.service = service;
		this.claims = claims;
		this.views = views;
		this.scopes = scopes;
		this.subtrees = subtrees;
		this.clock = clock;
	}

	@GetMapping
	PageResponse<Views.ClaimSummaryView> list(@RequestParam(required = false) @Nullable Long orgId,
			@RequestParam(required = false) @Nullable ClaimStatus status,
			@RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		OrgSummary org = this.subtrees.subtree(this.scopes.current(), orgId);
		return this.claims
			.page(new Claims.ClaimFilter(org.path(), status, planId, year, name), PageRequest.of(page, size))
			.map(this.views::summary);
	}

	@PostMapping
	ResponseEntity<Views.ClaimView> file(@Valid @RequestBody Forms.ClaimForm form) {
		ClaimRecord claim = this.service.file(this.scopes.current(), form.toClaim(LocalDate.now(this.clock)));
		return ResponseEntity.created(URI.create("/api/v1/mutual-aid/claims/" + claim.id()))
			.body(this.views.claim(claim));
	}

	@GetMapping("/{id}")
	Views.ClaimView get(@PathVariable long id, @RequestParam(defaultValue = "false") boolean reveal) {
		ClaimRecord claim = this.service.findWithin(this.scopes.current(), id);
		return this.views.claim(claim, reveal ? this.service.revealDiagnosis(claim) : null);
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	Views.ClaimView approve(@PathVariable long id) {
		DataScope scope = this.scopes.current();
		this.service.approve(scope, id);
		return this.views.claim(this.service.findWithin(scope, id));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	Views.ClaimView reject(@PathVariable long id, @Valid @RequestBody Forms.Decision decision) {
		DataScope scope = this.scopes.current();
		this.service.reject(scope, id, decision.reason() == null ? "" : decision.reason());
		return this.views.claim(this.service.findWithin(scope, id));
	}

	@PostMapping("/{id}/payout")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	Views.ClaimView pay(@PathVariable long id, @Valid @RequestBody(required = false) Forms.@Nullable Payout payout) {
		return this.views
			.claim(this.service.pay(this.scopes.current(), id, payout == null ? null : payout.reference()));
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Views.ClaimView> attach(@PathVariable long id, @RequestParam(defaultValue = "OTHER") String kind,
			@RequestPart("file") MultipartFile file) throws IOException {
		ClaimRecord claim = this.service.findWithin(this.scopes.current(), id);
		this.service.attach(claim, kind, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
				file.getBytes());
		return ResponseEntity.status(201).body(this.views.claim(claim));
	}

}
