package org.gonghui.member.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.gonghui.member.MemberSummary;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;

/**
 * The worker's 实名认证 page: name and ID number, then the code sent to the roster phone;
 * afterwards back to the page that sent the worker here ({@code next}), if it is one of
 * the portal's or the public site's.
 */
@Controller
@PreAuthorize("hasRole('WORKER')")
class IdentityPageController {

	/**
	 * A path on this site under /portal or /public: no scheme, no host ("//host"), no
	 * backslash (read as a slash by browsers), no whitespace or control characters, no
	 * braces (a redirect expands them as URI template variables).
	 */
	private static final Pattern LOCAL_NEXT = Pattern.compile("/(portal|public)([/?#][^\\\\\\s\\p{Cntrl}{}]*)?");

	private final IdentityCodes codes;

	private final Messages messages;

	IdentityPageController(IdentityCodes codes, Messages messages) {
		this.codes = codes;
		this.messages = messages;
	}

	@GetMapping("/portal/identity")
	String page(@RequestParam(required = false) @Nullable String next, Model model) {
		model.addAttribute("status", this.codes.status(CurrentUser.require()));
		model.addAttribute("next", safeNext(next));
		return "portal/identity";
	}

	@PostMapping("/portal/identity/codes")
	String requestCode(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String idNumber,
			@RequestParam(required = false) @Nullable String next, RedirectAttributes redirect) {
		try {
			IdentityCodes.Requested requested = this.codes.request(CurrentUser.require(), name, idNumber);
			redirect.addFlashAttribute("message", this.messages.text("member.identity.code-requested"));
			redirect.addFlashAttribute("demoCode", requested.demoCode());
			redirect.addFlashAttribute("codeStep", true);
		}
		catch (GonghuiException ex) {
			if (ex.status().value() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.text(ex));
			// kept in the session until the next page: not an overlong one
			redirect.addFlashAttribute("name",
					name.length() <= IdentityCodes.NAME_MAX ? name : name.substring(0, IdentityCodes.NAME_MAX));
		}
		return "redirect:" + self(next);
	}

	@PostMapping("/portal/identity")
	String confirm(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) @Nullable String next,
			RedirectAttributes redirect) {
		try {
			MemberSummary member = this.codes.confirm(CurrentUser.require(), code);
			redirect.addFlashAttribute("message", this.messages.text("member.identity.done", member.name()));
			return "redirect:" + safeNext(next);
		}
		catch (GonghuiException ex) {
			if (ex.status().value() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.text(ex));
			redirect.addFlashAttribute("codeStep", true);
			return "redirect:" + self(next);
		}
	}

	/** Where to go after linking: {@code next} if it is a local portal or public page. */
	static String safeNext(@Nullable String next) {
		return next != null && LOCAL_NEXT.matcher(next).matches() ? next : "/portal";
	}

	private static String self(@Nullable String next) {
		String target = safeNext(next);
		return target.equals("/portal") ? "/portal/identity"
				: UriComponentsBuilder.fromPath("/portal/identity")
					.queryParam("next", "{next}")
					.encode()
					.buildAndExpand(target)
					.toUriString();
	}

}
