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
 * The worker's side on a phone: apply for hardship help naming oneself by name and ID
 * number (the member record the union keeps), upload certificates, follow the case.
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

	private final org.gonghui.audit.AuditLog audit;

	PortalAssistanceController(HardshipCaseService cases, HardshipCaseRepository repository, Documents documents,
			Messages messages, Clock clock, StudentAidService studentAid, org.gonghui.member.MemberDirectory members,
			org.gonghui.audit.AuditLog audit) {
		this.audit = audit;
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
		model.addAttribute("causes", HardshipCause.values());
		model.addAttribute("me", CurrentUser.require());
		return "assistance/portal-apply";
	}

	@PostMapping("/portal/assistance/apply")
	String apply(@RequestParam(defaultValue = "") String memberName, @RequestParam(defaultValue = "") String idNumber,
			@RequestParam(defaultValue = "") String household, @RequestParam(defaultValue = "") String monthlyIncome,
			@RequestParam(required = false) @Nullable Set<HardshipCause> causes,
			@RequestParam(defaultValue = "") String healthNotes, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		try {
			UUID id = this.cases.apply(Actor.of(user), null,
					new HardshipApplication(null, idNumber.strip(), memberName.strip(),
							CasePageController.householdLines(household),
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
			model.addAttribute("causes", HardshipCause.values());
			model.addAttribute("me", user);
			return "assistance/portal-apply";
		}
	}

	/**
	 * The worker's children's student aid awards. Student aid has no application of its
	 * own (the union records the award), so the page lists the awards of the member the
	 * account is linked to (实名核验: proven once by name and ID number, never re-pointed, so
	 * a second account cannot read the same member's children, and an account staff
	 * unlinked reads them no longer).
	 */
	@GetMapping("/portal/assistance/student-aid")
	String studentAid(Model model) {
		long account = CurrentUser.require().accountId();
		java.util.Set<Long> memberIds = new java.util.LinkedHashSet<>();
		this.members.linkedTo(account).ifPresent((m) -> memberIds.add(m.id()));
		model.addAttribute("awards", this.studentAid.ofMembers(memberIds));
		return "assistance/portal-student-aid";
	}

	@PostMapping("/portal/assistance/student-aid")
	String studentAidOf(@RequestParam(defaultValue = "") String memberName,
			@RequestParam(defaultValue = "") String idNumber, Model model) {
		long account = CurrentUser.require().accountId();
		java.util.Optional<org.gonghui.member.MemberSummary> named = this.members.findByIdNumber(idNumber.strip())
			.filter((m) -> m.name().equals(memberName.strip()));
		// one answer for an unknown person, a wrong name and a member proven by another
		// account, so that the form cannot be used to learn who is a member
		boolean proven = named.isPresent() && this.members.linkedTo(account)
			.map((m) -> m.id() == named.get().id())
			.orElseGet(() -> this.members.link(account, named.get().id()));
		// every lookup is audited, refusals too, filed under the member the ID number
		// names
		java.util.Optional<org.gonghui.member.MemberSummary> byId = named.isPresent() ? named
				: this.members.findByIdNumber(idNumber.strip());
		org.gonghui.shared.ident.IdNumber.Result parsed = org.gonghui.shared.ident.IdNumber.parse(idNumber.strip());
		String masked = parsed.idNumber() == null ? "（格式无效）" : parsed.idNumber().masked();
		this.audit.record(org.gonghui.audit.AuditEntry.of(org.gonghui.audit.AuditAction.READ_PERSONAL_DATA, "member",
				byId.map((m) -> (Object) m.id()).orElse(masked), byId.map((m) -> m.orgPath()).orElse(null),
				proven ? "金秋助学查询，职工账号 #" + account + " 按姓名和身份证号核验为会员 " + named.get().name()
						: "金秋助学查询，会员核验未通过：姓名 " + memberName.strip() + "，身份证号 " + masked));
		if (!proven) {
			model.addAttribute("error", this.messages.text("hardship.member.not-found"));
		}
		return studentAid(model);
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
