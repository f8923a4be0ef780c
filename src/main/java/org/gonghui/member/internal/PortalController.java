package org.gonghui.member.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.account.Accounts;
import org.gonghui.member.SkillLevel;
import org.gonghui.org.OrgDirectory;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;

/**
 * The worker portal: sign up, apply to join a union, follow the application. Phone-first.
 */
@Controller
class PortalController {

	private final JoinApplications applications;

	private final OrgDirectory orgs;

	private final Accounts accounts;

	private final Messages messages;

	PortalController(JoinApplications applications, OrgDirectory orgs, Accounts accounts, Messages messages) {
		this.applications = applications;
		this.orgs = orgs;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/portal")
	String mine(Model model) {
		model.addAttribute("applications", this.applications.mine(CurrentUser.require().accountId()));
		return "portal/mine";
	}

	@GetMapping("/portal/register")
	String registerForm() {
		return "portal/register";
	}

	@PostMapping("/portal/register")
	String register(@Valid @ModelAttribute("form") Registration form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("error", this.messages.text("error.validation"));
			return "portal/register";
		}
		try {
			this.accounts.create(form.username(), form.password(), form.displayName(), Role.WORKER, null);
			return "redirect:/login?registered";
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return "portal/register";
		}
	}

	@GetMapping("/portal/join")
	String joinForm(Model model) {
		model.addAttribute("skillLevels", SkillLevel.values());
		return "portal/join";
	}

	/** The union picker: grassroots unions whose name contains what the worker typed. */
	@GetMapping("/portal/unions")
	String unions(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("unions", q.isBlank() ? java.util.List.of() : this.orgs.searchGrassroots(q, 20));
		return "portal/join :: union-options";
	}

	@PostMapping("/portal/join")
	String join(@Valid @ModelAttribute("form") JoinApplications.Application form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("skillLevels", SkillLevel.values());
		if (errors.hasErrors()) {
			model.addAttribute("error", this.messages.text("error.validation"));
			return "portal/join";
		}
		try {
			this.applications.submit(CurrentUser.require(), form);
			redirect.addFlashAttribute("message", this.messages.text("portal.join.submitted"));
			return "redirect:/portal";
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return "portal/join";
		}
	}

	record Registration(@NotBlank(message = "{account.username.required}") String username,
			@NotBlank(message = "{account.password.required}") @Size(max = 128) String password,
			@NotBlank(message = "{member.name.required}") @Size(max = 50) String displayName) {
	}

}
