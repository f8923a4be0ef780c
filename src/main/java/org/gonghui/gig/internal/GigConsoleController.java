package org.gonghui.gig.internal;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.gig.MinimumWage;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.shared.web.PageRequest;

/**
 * The staff console for the market, within the staff member's subtree: moderation (hide a
 * post, block an employer), unpaid-wage alerts, minimum wages, export.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
class GigConsoleController {

	private final GigPosts posts;

	private final Applications applications;

	private final MinimumWageBook minimumWages;

	private final GigExports exports;

	private final DataScopes scopes;

	private final Messages messages;

	GigConsoleController(GigPosts posts, Applications applications, MinimumWageBook minimumWages, GigExports exports,
			DataScopes scopes, Messages messages) {
		this.posts = posts;
		this.applications = applications;
		this.minimumWages = minimumWages;
		this.exports = exports;
		this.scopes = scopes;
		this.messages = messages;
	}

	@GetMapping("/console/gig")
	String console(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		DataScope scope = this.scopes.current();
		model.addAttribute("posts",
				this.posts.withinScope(scope, GigPublicPageController.blank(q), PageRequest.of(page, 30)));
		model.addAttribute("q", q);
		model.addAttribute("blocks", this.posts.blocksWithinScope(scope));
		model.addAttribute("unpaid", this.applications.unpaidWithinScope(scope));
		model.addAttribute("wages", this.minimumWages.all());
		return "gig/console";
	}

	@PostMapping("/console/gig/posts/{id}/hide")
	String hide(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
		return act(redirect, "gig.console.hidden", () -> this.posts.hide(this.scopes.current(), id, reason));
	}

	@PostMapping("/console/gig/employers/{accountId}/block")
	String block(@PathVariable long accountId, @RequestParam String reason, RedirectAttributes redirect) {
		return act(redirect, "gig.console.blocked", () -> this.posts.block(this.scopes.current(), accountId, reason));
	}

	@PostMapping("/console/gig/unpaid/{id}/handled")
	String handled(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "gig.console.handled-done",
				() -> this.applications.markHandled(this.scopes.current(), id));
	}

	@PostMapping("/console/gig/minimum-wages")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	String enterWage(@RequestParam String regionCode,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam String hourly, @RequestParam String monthly, RedirectAttributes redirect) {
		return act(redirect, "gig.console.wage-saved", () -> {
			long hourlyFen = Money.parse(hourly).fen();
			long monthlyFen = Money.parse(monthly).fen();
			if (!regionCode.matches("\\d{6}") || hourlyFen <= 0 || monthlyFen <= 0) {
				throw GonghuiException.invalid("error.validation");
			}
			this.minimumWages.enter(new MinimumWage(regionCode, effectiveFrom, hourlyFen, monthlyFen));
		});
	}

	@GetMapping("/console/gig/posts.xlsx")
	void export(HttpServletResponse response) throws IOException {
		DataScope scope = this.scopes.current();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''gig-posts.xlsx");
		this.exports.export(scope, response.getOutputStream());
	}

	private String act(RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", this.messages.text(doneKey));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/console/gig";
	}

}
