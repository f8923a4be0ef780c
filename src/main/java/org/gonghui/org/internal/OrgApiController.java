package org.gonghui.org.internal;

import java.net.URI;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

@RestController
@RequestMapping("/api/v1/orgs")
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
class OrgApiController {

	private final OrganisationRepository organisations;

	private final OrganisationCommands commands;

	private final IndicatorQueries indicators;

	private final DataScopes scopes;

	OrgApiController(OrganisationRepository organisations, OrganisationCommands commands, IndicatorQueries indicators,
			DataScopes scopes) {
		this.organisations = organisations;
		this.commands = commands;
		this.indicators = indicators;
		this.scopes = scopes;
	}

	@GetMapping
	PageResponse<OrgView> list(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable OrgType type,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		DataScope scope = this.scopes.current();
		PageRequest request = PageRequest.of(page, size);
		String text = name == null || name.isBlank() ? null : name.strip();
		return new PageResponse<>(this.organisations.search(scope, text, type, request.size(), request.offset())
			.stream()
			.map(OrgView::of)
			.toList(), request.page(), request.size(), this.organisations.count(scope, text, type));
	}

	@GetMapping("/{id}")
	OrgView get(@PathVariable long id) {
		return OrgView.of(within(id));
	}

	@GetMapping("/{id}/indicators")
	OrgView.Indicators indicators(@PathVariable long id) {
		return OrgView.Indicators.of(this.indicators.of(within(id)));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	ResponseEntity<OrgView> create(@Valid @RequestBody OrganisationForm form) {
		OrgSummary created = this.commands.create(this.scopes.current(), form);
		return ResponseEntity.created(URI.create("/api/v1/orgs/" + created.id())).body(OrgView.of(created));
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
	OrgView update(@PathVariable long id, @Valid @RequestBody OrganisationPatch patch) {
		return OrgView.of(this.commands.update(this.scopes.current(), id, patch));
	}

	private OrgSummary within(long id) {
		DataScope scope = this.scopes.current();
		return this.organisations.findWithin(scope, id).orElseThrow(GonghuiException::notFound);
	}

}
