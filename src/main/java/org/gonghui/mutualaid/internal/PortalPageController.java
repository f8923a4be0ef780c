package org.gonghui.mutualaid.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberSummary;
import org.gonghui.mutualaid.Invoice;
import org.gonghui.mutualaid.NewClaim;
import org.gonghui.org.OrgDirectory;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;

/**
 * The worker's side, phone-first, as the member the account is linked to (实名认证, kept by
 * the member module, so the account is the same member in mutual aid, contests and
 * hardship help; mutual aid never links): see my cover and certificates, file a claim
 * with invoices and documents, follow it.
 */
@Controller("mutualAidPortalPageController")
class PortalPageController {

	private final MemberDirectory members;

	private final Enrolments enrolments;

	private final ClaimService claims;

	private final Views views;

	private final CoverCertificates certificates;

	private final PlanService plans;

	private final OrgDirectory orgs;

	private final Messages messages;

	private final Clock clock;

	PortalPageController(MemberDirectory members, Enrolments enrolments, ClaimService claims, Views views,
			CoverCertificates certificates, PlanService plans, OrgDirectory orgs, Messages messages, Clock clock) {
		this.members = members;
		this.enrolments = enrolments;
		this.claims = claims;
		this.views = views;
		this.certificates = certificates;
		this.plans = plans;
		this.orgs = orgs;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/portal/mutual-aid")
	String mine(Model model) {
		Optional<MemberSummary> member = this.members.linkedTo(CurrentUser.require().accountId());
		model.addAttribute("member", member.orElse(null));
		if (member.isPresent()) {
			model.addAttribute("cover",
					this.enrolments.ofMember(member.get().id()).stream().map(this.views::enrolment).toList());
			model.addAttribute("claims",
					this.claims.ofMember(member.get().id()).stream().map(this.views::summary).toList());
		}
		return "mutualaid/portal";
	}

	@GetMapping("/portal/mutual-aid/claims/new")
	String claimForm(Model model) {
		MemberSummary member = member();
		// one choice per plan: the latest year's cover (ofMember lists the latest first)
		java.util.Set<Long> seen = new java.util.HashSet<>();
		model.addAttribute("cover",
				this.enrolments.ofMember(member.id())
					.stream()
					.filter(e -> seen.add(e.planId()))
					.map(this.views::enrolment)
					.toList());
		model.addAttribute("kinds", ConsolePageController.documentKinds());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "mutualaid/portal-claim-new";
	}

	@PostMapping("/portal/mutual-aid/claims")
	String file(@RequestParam long planId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate eventDate,
			@RequestParam(defaultValue = "") String diagnosisCode, @RequestParam(defaultValue = "") String diagnosis,
			@RequestParam(name = "invoiceNumber", required = false) @Nullable List<String> numbers,
			@RequestParam(name = "invoiceAmount", required = false) @Nullable List<String> amounts,
			@RequestParam(name = "invoiceSelfPaid", required = false) @Nullable List<String> selfPaid,
			@RequestParam(name = "documentKind", required = false) @Nullable List<String> kinds,
			@RequestParam(name = "document", required = false) @Nullable List<MultipartFile> documents, Model model,
			RedirectAttributes redirect) throws IOException {
		MemberSummary member = member();
		try {
			if (eventDate == null) {
				throw GonghuiException.invalidField("eventDate", "error.validation");
			}
			if (eventDate.isAfter(LocalDate.now(this.clock))) {
				throw GonghuiException.invalidField("eventDate", "mutual-aid.claim.event-date-future");
			}
			List<Invoice> invoices = new ArrayList<>();
			for (int i = 0; numbers != null && i < numbers.size(); i++) {
				String number = numbers.get(i).strip();
				String amount = amounts == null || amounts.size() <= i ? "" : amounts.get(i);
				if (number.isEmpty() && amount.isBlank()) {
					continue;
				}
				String paid = selfPaid == null || selfPaid.size() <= i ? "" : selfPaid.get(i);
				invoices.add(new Invoice(number.isEmpty() ? "—" : number, Money.parse(amount), Money.parse(paid)));
			}
			if (invoices.isEmpty()) {
				throw GonghuiException.invalidField("invoices", "claim.invoices-required");
			}
			if (diagnosisCode.isBlank() || diagnosis.isBlank()) {
				throw GonghuiException.invalidField("diagnosis", "claim.diagnosis-required");
			}
			List<ClaimService.Upload> uploads = new ArrayList<>();
			for (int i = 0; documents != null && i < documents.size(); i++) {
				MultipartFile file = documents.get(i);
				if (!file.isEmpty()) {
					String kind = kinds == null || kinds.size() <= i ? "OTHER" : kinds.get(i);
					uploads.add(new ClaimService.Upload(kind,
							file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes()));
				}
			}
			ClaimRecord claim = this.claims.fileWithDocuments(member,
					new NewClaim(member.id(), planId, eventDate, diagnosisCode.strip(), diagnosis.strip(), invoices),
					uploads);
			redirect.addFlashAttribute("message", this.messages.text("mutual-aid.filed"));
			return "redirect:/portal/mutual-aid/claims/" + claim.id();
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return claimForm(model);
		}
	}

	@GetMapping("/portal/mutual-aid/claims/{id}")
	String claim(@PathVariable long id, Model model) {
		model.addAttribute("claim", this.views.claim(mine(id)));
		model.addAttribute("kinds", ConsolePageController.documentKinds());
		return "mutualaid/portal-claim";
	}

	@PostMapping("/portal/mutual-aid/claims/{id}/documents")
	String attach(@PathVariable long id, @RequestParam(defaultValue = "OTHER") String kind,
			@RequestParam("document") MultipartFile file, RedirectAttributes redirect) throws IOException {
		byte[] content = file.getBytes();
		return this.messages.flash(redirect, "/portal/mutual-aid/claims/" + id, () -> {
			this.claims.attach(mine(id), kind, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
					content);
			return this.messages.text("mutual-aid.uploaded");
		});
	}

	@GetMapping("/portal/mutual-aid/cover/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		MemberSummary member = member();
		EnrolmentRecord enrolment = this.enrolments.find(id)
			.filter(e -> e.memberId() == member.id())
			.orElseThrow(GonghuiException::notFound);
		return EnrolmentApiController.certificate(enrolment, this.certificates, this.plans, this.orgs);
	}

	private MemberSummary member() {
		return this.members.requireLinked(CurrentUser.require().accountId());
	}

	/** The worker's own claim; someone else's is not found. */
	private ClaimRecord mine(long id) {
		MemberSummary member = member();
		ClaimRecord claim = this.claims.find(id);
		if (claim.memberId() != member.id()) {
			throw GonghuiException.notFound();
		}
		return claim;
	}

	static ResponseEntity<byte[]> download(Claims.Document document) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}

}
