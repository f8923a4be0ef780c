package org.gonghui.member.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.member.MemberSummary;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.Messages;

/**
 * A worker links their account to their member record (实名认证): name and ID number, then
 * the code sent to the roster phone.
 */
@RestController
@RequestMapping("/api/v1/me/identity")
@PreAuthorize("hasRole('WORKER')")
class IdentityApiController {

	private final IdentityCodes codes;

	private final Messages messages;

	IdentityApiController(IdentityCodes codes, Messages messages) {
		this.codes = codes;
		this.messages = messages;
	}

	@GetMapping
	IdentityCodes.Status status() {
		return this.codes.status(CurrentUser.require());
	}

	/**
	 * 202 with the same message whether or not a code was sent; {@code demoCode} only on
	 * the demo and only when one was.
	 */
	@PostMapping("/codes")
	ResponseEntity<CodeAnswer> requestCode(@RequestBody CodeRequest body) {
		IdentityCodes.Requested requested = this.codes.request(CurrentUser.require(), body.name(), body.idNumber());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new CodeAnswer(this.messages.text("member.identity.code-requested"), requested.demoCode()));
	}

	/** 200 with the member now linked, 422 for a wrong, expired or used-up code. */
	@PostMapping
	Linked confirm(@RequestBody ConfirmRequest body) {
		MemberSummary member = this.codes.confirm(CurrentUser.require(), body.code());
		IdentityCodes.Status status = this.codes.status(CurrentUser.require());
		return new Linked(true, member.id(), member.name(), status.unionName());
	}

	record CodeRequest(@Nullable String name, @Nullable String idNumber) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CodeAnswer(String message, @Nullable String demoCode) {
	}

	record ConfirmRequest(@Nullable String code) {
	}

	record Linked(boolean linked, long memberId, String memberName, @Nullable String unionName) {
	}

}
