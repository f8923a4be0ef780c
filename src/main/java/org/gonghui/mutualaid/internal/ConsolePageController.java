package org.gonghui.mutualaid.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.mutualaid.ClaimStatus;
import org.gonghui.mutualaid.PlanKind;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.shared.web.PageRequest;

/** The staff console of mutual aid: claims to review, plans and terms, enrolments. */
@Controller("mutualAidConsolePageController")
class ConsolePageController {

	private final ClaimService claimService;

	private final Claims claims;

	private final PlanService plans;

	private final EnrolmentService enrolmentService;

	private final Enrolments enrolments;

	private final Views views;

	private final DataScopes scopes;

	private final Scopes subtrees;

	private final MutualAidExports exports;

	private final CoverCertificates certificates;

	private final OrgDirectory orgs;

	private final Messages messages;

	private final Clock clock;

	ConsolePageController(ClaimService claimService, Claims claims, PlanService plans,
			EnrolmentService enrolmentService, Enrolments enrolments, Views views, DataScopes scopes, Scopes subtrees,
			MutualAidExports exports, CoverCertificates certificates, OrgDirectory orgs, Messages messages,
			Clock clock) {
		this.claimService = claimService;
		this.claims = claims;
		this.plans = plans;
		this.enrolmentService = enrolmentService;
		this.enrolments = enrolments;
		this.views = views;
		this.scopes = scopes;
		this.subtrees = subtrees;
		this.exports = exports;
		this.certificates = certificates;
		this.orgs = orgs;
		this.messages = messages;
		this.clock = clock;
	}

	// ---- claims

	@GetMapping("/console/mutual-aid/claims")
	String claims(@RequestParam(required = false) @Nullable Long orgId,
			@RequestParam(required = false) @Nullable ClaimStatus status,
			@RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		DataScope scope = this.scopes.current();
		OrgSummary org = this.subtrees.subtree(scope, orgId);
		model.addAttribute("org", org);
		model.addAttribute("status", status);
		model.addAttribute("planId", planId);
		model.addAttribute("year", year);
		model.addAttribute("name", name == null ? "" : name);
		model.addAttribute("statuses", ClaimStatus.values());
		model.addAttribute("plans", this.plans.visibleFrom(scope));
		model.addAttribute("claims",
				this.claims
					.page(new Claims.ClaimFilter(org.path(), status, planId, year, name), PageRequest.of(page, 20))
					.map(this.views::summary));
		return htmx != null ? "mutualaid/claims :: rows" : "mutualaid/claims";
	}

	@GetMapping("/console/mutual-aid/claims/export.xlsx")
	void exportClaims(@RequestParam(required = false) @Nullable Long orgId,
			@RequestParam(required = false) @Nullable ClaimStatus status,
			@RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String name, HttpServletResponse response) throws IOException {
		OrgSummary org = this.subtrees.subtree(this.scopes.current(), orgId);
		xlsx(response, "互助保障理赔.xlsx");
		this.exports.claims(new Claims.ClaimFilter(org.path(), status, planId, year, name), response.getOutputStream());
	}

	@GetMapping("/console/mutual-aid/claims/{id}")
	String claim(@PathVariable long id, Model model) {
		ClaimRecord claim = this.claimService.findWithin(this.scopes.current(), id);
		model.addAttribute("claim", this.views.claim(claim));
		return "mutualaid/claim";
	}

	/** Shows the diagnosis in place; the read is audited. */
	@PostMapping("/console/mutual-aid/claims/{id}/diagnosis")
	String diagnosis(@PathVariable long id, Model model) {
		ClaimRecord claim = this.claimService.findWithin(this.scopes.current(), id);
		model.addAttribute("claim", this.views.claim(claim, this.claimService.revealDiagnosis(claim)));
		return "mutualaid/claim";
	}

	@GetMapping("/console/mutual-aid/claims/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
		ClaimRecord claim = this.claimService.findWithin(this.scopes.current(), id);
		return PortalPageController.download(this.claimService.document(claim, documentId));
	}

	@PostMapping("/console/mutual-aid/claims/{id}/approve")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/console/mutual-aid/claims/" + id, () -> {
			Money payable = this.claimService.approve(this.scopes.current(), id);
			return this.messages.text("mutual-aid.approved", payable.format());
		});
	}

	@PostMapping("/console/mutual-aid/claims/{id}/reject")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/console/mutual-aid/claims/" + id, () -> {
			this.claimService.reject(this.scopes.current(), id, reason);
			return this.messages.text("mutual-aid.rejected");
		});
	}

	@PostMapping("/console/mutual-aid/claims/{id}/payout")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	String pay(@PathVariable long id, @RequestParam(defaultValue = "") String reference, RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/console/mutual-aid/claims/" + id, () -> {
			this.claimService.pay(this.scopes.current(), id, reference);
			return this.messages.text("mutual-aid.paid");
		});
	}

	// ---- plans

	@GetMapping("/console/mutual-aid/plans")
	String plans(Model model) {
		DataScope scope = this.scopes.current();
		model.addAttribute("plans",
				this.plans.visibleFrom(scope)
					.stream()
					.map(plan -> new PlanRow(this.views.plan(plan), scope.contains(plan.orgPath()),
							this.orgs.find(plan.orgId()).map(OrgSummary::name).orElse("")))
					.toList());
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("thisYear", LocalDate.now(this.clock).getYear());
		return "mutualaid/plans";
	}

	@PostMapping("/console/mutual-aid/plans")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	String createPlan(@Valid @ModelAttribute Forms.PlanForm form, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", this.messages.text("error.validation"));
			return "redirect:/console/mutual-aid/plans";
		}
		return this.messages.flash(redirect, "/console/mutual-aid/plans", () -> {
			this.plans.create(this.scopes.current(), form.name(), form.kind(), form.description());
			return this.messages.text("mutual-aid.plan.created", form.name());
		});
	}

	@PostMapping("/console/mutual-aid/plans/{id}/terms")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	String setTerms(@PathVariable long id, @RequestParam int year, @Valid @ModelAttribute Forms.TermsForm form,
			BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", this.messages.text("error.validation"));
			return "redirect:/console/mutual-aid/plans";
		}
		return this.messages.flash(redirect, "/console/mutual-aid/plans", () -> {
			this.plans.setTerms(this.scopes.current(), id, year, form.toTerms());
			return this.messages.text("mutual-aid.terms.saved", String.valueOf(year));
		});
	}

	// ---- enrolments

	@GetMapping("/console/mutual-aid/enrolments")
	String enrolments(@RequestParam(required = false) @Nullable Long orgId,
			@RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		DataScope scope = this.scopes.current();
		OrgSummary org = this.subtrees.subtree(scope, orgId);
		model.addAttribute("org", org);
		model.addAttribute("planId", planId);
		model.addAttribute("year", year);
		model.addAttribute("name", name == null ? "" : name);
		model.addAttribute("plans", this.plans.visibleFrom(scope));
		model.addAttribute("thisYear", LocalDate.now(this.clock).getYear());
		model.addAttribute("enrolments",
				this.enrolments
					.page(new Enrolments.EnrolmentFilter(org.path(), planId, year, name), PageRequest.of(page, 20))
					.map(this.views::enrolment));
		return htmx != null ? "mutualaid/enrolments :: rows" : "mutualaid/enrolments";
	}

	@GetMapping("/console/mutual-aid/enrolments/export.xlsx")
	void exportEnrolments(@RequestParam(required = false) @Nullable Long orgId,
			@RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String name, HttpServletResponse response) throws IOException {
		OrgSummary org = this.subtrees.subtree(this.scopes.current(), orgId);
		xlsx(response, "互助保障参保名单.xlsx");
		this.exports.enrolments(new Enrolments.EnrolmentFilter(org.path(), planId, year, name),
				response.getOutputStream());
	}

	@PostMapping("/console/mutual-aid/enrolments")
	String enrol(@RequestParam long planId, @RequestParam int year, @RequestParam long orgId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate coverFrom,
			@RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/console/mutual-aid/enrolments?orgId=" + orgId, () -> {
			DataScope scope = this.scopes.current();
			EnrolmentService.EnrolmentResult result = file == null || file.isEmpty()
					? this.enrolmentService.enrolRoster(scope, planId, year, orgId, coverFrom)
					: this.enrolmentService.enrolList(scope, planId, year, orgId, coverFrom, inputOf(file),
							file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
			return this.messages.text("mutual-aid.enrol.done", result.enrolled(), result.alreadyEnrolled(),
					result.premiumDue());
		});
	}

	@GetMapping("/console/mutual-aid/enrolments/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		return EnrolmentApiController.certificate(this.enrolmentService.findWithin(this.scopes.current(), id),
				this.certificates, this.plans, this.orgs);
	}

	static void xlsx(HttpServletResponse response, String filename) {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
	}

	record PlanRow(Views.PlanView plan, boolean changeable, String ownerName) {
	}

	static List<String> documentKinds() {
		return ClaimService.DOCUMENT_KINDS;
	}

	private static java.io.InputStream inputOf(MultipartFile file) {
		try {
			return file.getInputStream();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
