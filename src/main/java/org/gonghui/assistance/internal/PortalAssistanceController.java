package org.gonghui.assistance.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.assistance.Actor;
import org.gonghui.assistance.HardshipApplication;
import org.gonghui.assistance.HardshipCause;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;

/**
 * The worker's side on a phone: apply for hardship help as the member the account is
 * linked to (实名认证), upload certificates, follow the case, see the children's student aid.
 * Without a link the pages send the worker to 实名认证 instead.
 */
@Controller
class PortalAssistanceController {

	private final HardshipCaseService cases;

	private final HardshipCaseRepository repository;

	private final Documents documents;

	private final Messages messages;

	private final Clock clock;

	private final StudentAidService studentAid;

	private final org.gonghui.member.MemberDirectory members;

	PortalAssistanceController(HardshipCaseService cases, HardshipCaseRepository repository, Documents documents,
			Messages messages, Clock clock, StudentAidService studentAid, org.gonghui.member.MemberDirectory members) {
		this.studentAid = studentAid;
		this.members = members;
		this.cases = cases;
		this.repository = repository;
		this.documents = documents;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/portal/assistance")
	String mine(Model model) {
		model.addAttribute("cases", this.cases.mine(CurrentUser.require().accountId()));
		return "assistance/portal-mine";
	}

	@GetMapping("/portal/assistance/apply")
	String form(Model model) {
		return applyPage(model);
	}

	/** The form, with the member applying shown read-only, or the way to 实名认证. */
	private String applyPage(Model model) {
		model.addAttribute("causes", HardshipCause.values());
		model.addAttribute("member", this.members.linkedTo(CurrentUser.require().accountId()).orElse(null));
		return "assistance/portal-apply";
	}

	@PostMapping("/portal/assistance/apply")
	String apply(@RequestParam(defaultValue = "") String household,
			@RequestParam(defaultValue = "") String monthlyIncome,
			@RequestParam(required = false) @Nullable Set<HardshipCause> causes,
			@RequestParam(defaultValue = "") String healthNotes, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		try {
			UUID id = this.cases.apply(Actor.of(user), null,
					new HardshipApplication(null, null, null, CasePageController.householdLines(household),
							CaseRequests.money("monthlyIncome", monthlyIncome),
							causes == null ? EnumSet.noneOf(HardshipCause.class) : causes, healthNotes, note),
					this.clock.instant());
			String path = this.repository.find(id).orElseThrow().orgPath();
			if (files != null) {
				for (MultipartFile file : files) {
					if (!file.isEmpty()) {
						this.documents.store(Documents.CASE, id, path, file, user.accountId());
					}
				}
			}
			redirect.addFlashAttribute("message", this.messages.text("assist.portal.submitted"));
			return "redirect:/portal/assistance/cases/" + id;
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return applyPage(model);
		}
	}

	/**
	 * The worker's children's student aid awards. Student aid has no application of its
	 * own (the union records the award), so the page lists the awards of the member the
	 * account is linked to (linked once on 实名认证, never re-pointed, so a second account
	 * cannot read the same member's children, and an account staff unlinked reads them no
	 * longer).
	 */
	@GetMapping("/portal/assistance/student-aid")
	String studentAid(Model model) {
		long account = CurrentUser.require().accountId();
		org.gonghui.member.MemberSummary member = this.members.linkedTo(account).orElse(null);
		model.addAttribute("member", member);
		model.addAttribute("awards",
				member == null ? List.of() : this.studentAid.ofMembers(java.util.Set.of(member.id())));
		return "assistance/portal-student-aid";
	}

	@GetMapping("/portal/assistance/cases/{id}")
	String show(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("c", this.cases.ownDetail(user.accountId(), id));
		model.addAttribute("documents", this.documents.of(Documents.CASE, id));
		model.addAttribute("zone", org.gonghui.shared.BusinessTime.ZONE);
		return "assistance/portal-case";
	}

}
