package org.gonghui.mutualaid.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;

/**
 * Plans and their yearly terms. Everyone on the console sees the plans kept above, at or
 * below their organisation; federation staff of the keeping federation change them.
 */
@RestController("mutualAidPlanApiController")
@RequestMapping("/api/v1/mutual-aid/plans")
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
class PlanApiController {

	private final PlanService plans;

	private final Views views;

	private final DataScopes scopes;

	PlanApiController(PlanService plans, Views views, DataScopes scopes) {
		this.plans = plans;
		this.views = views;
		this.scopes = scopes;
	}

	@GetMapping
	List<Views.PlanView> list() {
		return this.plans.visibleFrom(this.scopes.current()).stream().map(this.views::plan).toList();
	}

	@GetMapping("/{id}")
	Views.PlanView get(@PathVariable long id) {
		return this.views.plan(this.plans.visible(this.scopes.current(), id));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	ResponseEntity<Views.PlanView> create(@Valid @RequestBody Forms.PlanForm form) {
		DataScope scope = this.scopes.current();
		long id = this.plans.create(scope, form.name(), form.kind(), form.description());
		return ResponseEntity.created(URI.create("/api/v1/mutual-aid/plans/" + id))
			.body(this.views.plan(this.plans.visible(scope, id)));
	}

	@PutMapping("/{id}/terms/{year}")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	Views.PlanView setTerms(@PathVariable long id, @PathVariable int year, @Valid @RequestBody Forms.TermsForm form) {
		DataScope scope = this.scopes.current();
		this.plans.setTerms(scope, id, year, form.toTerms());
		return this.views.plan(this.plans.visible(scope, id));
	}

}
