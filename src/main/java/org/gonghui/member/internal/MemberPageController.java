package org.gonghui.member.internal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.member.MemberStatus;
import org.gonghui.member.SkillLevel;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.shared.web.PageRequest;

/** The roster pages of the staff console, and the review of online applications. */
@Controller
class MemberPageController {

	private final MemberRegistry registry;

	private final MemberQueries queries;

	private final JoinApplications applications;

	private final DataScopes scopes;

	private final OrgDirectory orgs;

	private final Messages messages;

	private final RosterScopes rosters;

	private final LinkedAccounts accounts;

	MemberPageController(MemberRegistry registry, MemberQueries queries, JoinApplications applications,
			DataScopes scopes, OrgDirectory orgs, Messages messages, RosterScopes rosters, LinkedAccounts accounts) {
		this.accounts = accounts;
		this.registry = registry;
		this.queries = queries;
		this.applications = applications;
		this.scopes = scopes;
		this.orgs = orgs;
		this.messages = messages;
		this.rosters = rosters;
	}

	@GetMapping("/console/members")
	String list(@RequestParam(required = false) @Nullable Long orgId,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable MemberStatus status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		DataScope scope = this.scopes.current();
		OrgSummary org = this.rosters.subtree(scope, orgId);
		MemberFilter filter = new MemberFilter(org.path(), name, status, null);
		model.addAttribute("org", org);
		model.addAttribute("name", name == null ? "" : name);
		model.addAttribute("status", status);
		model.addAttribute("statuses", MemberStatus.values());
		model.addAttribute("members", this.queries.page(filter, PageRequest.of(page, 20)));
		return htmx != null ? "member/list :: rows" : "member/list";
	}

	@GetMapping("/console/members/{id}")
	String show(@PathVariable long id, Model model) {
		MemberRecord member = this.registry.findWithin(this.scopes.current(), id)
			.orElseThrow(GonghuiException::notFound);
		model.addAttribute("member", member);
		model.addAttribute("union", this.orgs.find(member.orgId()).orElse(null));
		model.addAttribute("history",
				this.registry.history(id)
					.stream()
					.map(event -> new HistoryLine(event, orgName(event.fromOrgId()), orgName(event.toOrgId())))
					.toList());
		model.addAttribute("skillLevels", SkillLevel.values());
		model.addAttribute("account", this.accounts.of(this.scopes.current(), id).orElse(null));
		model.addAttribute("zone", org.gonghui.shared.BusinessTime.ZONE);
		return "member/show";
	}

	/** Unlinks the member's worker account with the reason typed (audited). */
	@PostMapping("/console/members/{id}/account/unlink")
	String unlink(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		try {
			LinkedAccounts.LinkedAccount removed = this.accounts.unlink(this.scopes.current(), id, reason);
			redirect.addFlashAttribute("message", this.messages.text("member.account.unlinked", removed.username()));
			return "redirect:/console/members/" + id;
		}
		catch (GonghuiException ex) {
			if (ex.status() == org.springframework.http.HttpStatus.NOT_FOUND
					&& this.registry.findWithin(this.scopes.current(), id).isEmpty()) {
				throw ex;
			}
			model.addAttribute("error", this.messages.text(ex));
			model.addAttribute("reason", reason);
			return show(id, model);
		}
	}

	/**
	 * Links the member to a worker account by login name, after staff checked the
	 * worker's identity in person; the reason is required and audited.
	 */
	@PostMapping("/console/members/{id}/account/link")
	String link(@PathVariable long id, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String checkCode, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect) {
		try {
			LinkedAccounts.LinkedAccount linked = this.accounts.link(this.scopes.current(), id, username, checkCode,
					reason);
			redirect.addFlashAttribute("message", this.messages.text("member.account.linked", linked.username()));
			return "redirect:/console/members/" + id;
		}
		catch (GonghuiException ex) {
			if (ex.status() == org.springframework.http.HttpStatus.NOT_FOUND) {
				throw ex;
			}
			model.addAttribute("error", this.messages.text(ex));
			model.addAttribute("linkUsername", username);
			model.addAttribute("linkReason", reason);
			return show(id, model);
		}
	}

	/** Shows the full ID number in place; the read is audited. */
	@PostMapping("/console/members/{id}/id-number")
	String reveal(@PathVariable long id, Model model) {
		model.addAttribute("idNumber", this.registry.revealIdNumber(this.scopes.current(), id));
		return show(id, model);
	}

	@PostMapping("/console/members/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute MemberPatch patch, BindingResult errors,
			@RequestParam(name = "_orgPicker", required = false) @Nullable String picker, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("error", this.messages.text("error.validation"));
			return show(id, model);
		}
		if (picker != null && patch.orgId() == null) {
			// the transfer form was sent without a union chosen
			model.addAttribute("error", this.messages.text("member.org.required"));
			return show(id, model);
		}
		try {
			DataScope scope = this.scopes.current();
			this.registry.update(scope, id, patch);
			redirect.addFlashAttribute("message",
					this.messages.text(patch.orgId() != null ? "member.transfer.done" : "member.edit.saved"));
			// a member transferred out of the user's subtree is no longer theirs to see
			return this.registry.findWithin(scope, id).isPresent() ? "redirect:/console/members/" + id
					: "redirect:/console/members";
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return show(id, model);
		}
	}

	@GetMapping("/console/members/new")
	String form(@RequestParam(required = false) @Nullable Long orgId, Model model) {
		model.addAttribute("union", grassrootsWithin(orgId));
		model.addAttribute("skillLevels", SkillLevel.values());
		return "member/new";
	}

	@PostMapping("/console/members")
	String create(@Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("union", grassrootsWithin(form.orgId()));
		model.addAttribute("skillLevels", SkillLevel.values());
		if (errors.hasErrors()) {
			model.addAttribute("error",
					errors.getAllErrors()
						.stream()
						.map(error -> error.getDefaultMessage())
						.distinct()
						.collect(java.util.stream.Collectors.joining("；")));
			return "member/new";
		}
		try {
			MemberRecord member = this.registry.register(this.scopes.current(), form);
			redirect.addFlashAttribute("message", this.messages.text("member.new.registered", member.name()));
			return "redirect:/console/members/" + member.id();
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return "member/new";
		}
	}

	@GetMapping("/console/join-applications")
	String applications(Model model) {
		DataScope scope = this.scopes.current();
		model.addAttribute("applications", this.applications.pending(scope, 200));
		return "member/applications";
	}

	@PostMapping("/console/join-applications/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		MemberRecord member = this.applications.approve(this.scopes.current(), id, CurrentUser.require());
		redirect.addFlashAttribute("message", this.messages.text("member.applications.approved", member.name()));
		return "redirect:/console/join-applications";
	}

	@PostMapping("/console/join-applications/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/console/join-applications", () -> {
			this.applications.reject(this.scopes.current(), id, reason, CurrentUser.require());
			return this.messages.text("member.applications.rejected");
		});
	}

	/**
	 * The union a new member's form starts with, if it is one the user may file under.
	 */
	private @Nullable OrgSummary grassrootsWithin(@Nullable Long orgId) {
		return orgId == null ? null
				: this.orgs.findWithin(this.scopes.current(), orgId)
					.filter(org -> org.type() == OrgType.GRASSROOTS_UNION)
					.orElse(null);
	}

	private String orgName(@Nullable Long orgId) {
		return orgId == null ? "" : this.orgs.find(orgId).map(OrgSummary::name).orElse("#" + orgId);
	}

	record HistoryLine(MemberRepository.MembershipEvent event, String from, String to) {
	}

}
