package org.gonghui.member.internal;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.member.MemberStatus;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

@RestController
@RequestMapping("/api/v1/members")
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
class MemberApiController {

	private final MemberRegistry registry;

	private final MemberQueries queries;

	private final DataScopes scopes;

	private final RosterScopes rosters;

	private final LinkedAccounts accounts;

	MemberApiController(MemberRegistry registry, MemberQueries queries, DataScopes scopes, RosterScopes rosters,
			LinkedAccounts accounts) {
		this.accounts = accounts;
		this.registry = registry;
		this.queries = queries;
		this.scopes = scopes;
		this.rosters = rosters;
	}

	@GetMapping
	PageResponse<MemberView> list(@RequestParam(required = false) @Nullable Long orgId,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable MemberStatus status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		MemberFilter filter = this.rosters.filter(this.scopes.current(), orgId, name, status);
		return this.queries.page(filter, PageRequest.of(page, size)).map(MemberView::of);
	}

	/**
	 * {@code ?reveal=true} returns the full ID number to staff of the subtree and audits
	 * the read.
	 */
	@GetMapping("/{id}")
	MemberView get(@PathVariable long id, @RequestParam(defaultValue = "false") boolean reveal) {
		DataScope scope = this.scopes.current();
		MemberRecord member = this.registry.findWithin(scope, id).orElseThrow(GonghuiException::notFound);
		return reveal ? MemberView.of(member, this.registry.revealIdNumber(scope, id)) : MemberView.of(member);
	}

	@PostMapping
	ResponseEntity<MemberView> create(@Valid @RequestBody MemberForm form) {
		MemberRecord member = this.registry.register(this.scopes.current(), form);
		return ResponseEntity.created(URI.create("/api/v1/members/" + member.id())).body(MemberView.of(member));
	}

	@PatchMapping("/{id}")
	MemberView update(@PathVariable long id, @Valid @RequestBody MemberPatch patch) {
		return MemberView.of(this.registry.update(this.scopes.current(), id, patch));
	}

	/**
	 * The worker account linked to the member ({@code linked: false} when none), for
	 * staff of the member's subtree.
	 */
	@GetMapping("/{id}/account")
	AccountLinkView account(@PathVariable long id) {
		return this.accounts.of(this.scopes.current(), id).map(AccountLinkView::of).orElseGet(AccountLinkView::none);
	}

	/**
	 * Links the member to a worker account by its login name, after staff checked the
	 * worker's identity in person (the roster has no mobile number, or the worker cannot
	 * receive the code); {@code {"username": "…", "checkCode": "…", "reason": "…"}}, the
	 * check code the one the worker's 实名认证 page shows today, the reason kept in the audit
	 * log. 422 when name and code do not match a worker account.
	 */
	@PutMapping("/{id}/account")
	AccountLinkView link(@PathVariable long id, @RequestBody LinkRequest body) {
		return AccountLinkView
			.of(this.accounts.link(this.scopes.current(), id, body.username(), body.checkCode(), body.reason()));
	}

	/**
	 * Unlinks the member's worker account; {@code {"reason": "…"}} is required and kept
	 * in the audit log. The worker may then link another account by proving name and ID
	 * number; the unlinked account itself only after staff lift its block.
	 */
	@DeleteMapping("/{id}/account")
	ResponseEntity<Void> unlink(@PathVariable long id, @RequestBody(required = false) @Nullable UnlinkRequest body,
			@RequestParam(required = false) @Nullable String reason) {
		this.accounts.unlink(this.scopes.current(), id, body != null && body.reason() != null ? body.reason() : reason);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Lets an account staff unlinked from the member prove it again (by default it may
	 * not); {@code {"reason": "…"}} is required and kept in the audit log.
	 */
	@DeleteMapping("/{id}/account/blocks/{accountId}")
	ResponseEntity<Void> unblock(@PathVariable long id, @PathVariable long accountId,
			@RequestBody(required = false) @Nullable UnlinkRequest body) {
		this.accounts.unblock(this.scopes.current(), id, accountId, body != null ? body.reason() : null);
		return ResponseEntity.noContent().build();
	}

	record UnlinkRequest(@Nullable String reason) {
	}

	record LinkRequest(@Nullable String username, @Nullable String checkCode, @Nullable String reason) {
	}

	record AccountLinkView(boolean linked, @Nullable Long accountId, @Nullable String username,
			@Nullable String displayName, @Nullable Instant linkedAt) {

		static AccountLinkView of(LinkedAccounts.LinkedAccount account) {
			return new AccountLinkView(true, account.accountId(), account.username(), account.displayName(),
					account.linkedAt());
		}

		static AccountLinkView none() {
			return new AccountLinkView(false, null, null, null, null);
		}

	}

}
