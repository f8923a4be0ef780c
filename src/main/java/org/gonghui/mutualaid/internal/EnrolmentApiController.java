package org.gonghui.mutualaid.internal;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/** Enrolments: lists, bulk enrolment from the roster or a list, certificates of cover. */
@RestController("mutualAidEnrolmentApiController")
@RequestMapping("/api/v1/mutual-aid/enrolments")
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
class EnrolmentApiController {

	private final EnrolmentService service;

	private final Enrolments enrolments;

	private final Views views;

	private final DataScopes scopes;

	private final Scopes subtrees;

	private final CoverCertificates certificates;

	private final PlanService plans;

	private final OrgDirectory orgs;

	EnrolmentApiController(EnrolmentService service, Enrolments enrolments, Views views, DataScopes scopes,
			Scopes subtrees, CoverCertificates certificates, PlanService plans, OrgDirectory orgs) {
		this.service = service;
		this.enrolments = enrolments;
		this.views = views;
		this.scopes = scopes;
		this.subtrees = subtrees;
		this.certificates = certificates;
		this.plans = plans;
		this.orgs = orgs;
	}

	@GetMapping
	PageResponse<Views.EnrolmentView> list(@RequestParam(required = false) @Nullable Long orgId,
			@RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		OrgSummary org = this.subtrees.subtree(this.scopes.current(), orgId);
		return this.enrolments
			.page(new Enrolments.EnrolmentFilter(org.path(), planId, year, name), PageRequest.of(page, size))
			.map(this.views::enrolment);
	}

	/** Enrols the organisation's roster (its active members, its subtree included). */
	@PostMapping
	ResponseEntity<EnrolmentService.EnrolmentResult> enrolRoster(@Valid @RequestBody Forms.EnrolmentForm form) {
		return ResponseEntity.status(201)
			.body(this.service.enrolRoster(this.scopes.current(), form.planId(), form.year(), form.orgId(),
					form.coverFrom()));
	}

	/**
	 * Enrols the members a .xlsx/.csv list names (姓名, 身份证号); refused whole on any error.
	 */
	@PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EnrolmentService.EnrolmentResult> enrolList(@RequestParam long planId, @RequestParam int year,
			@RequestParam long orgId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate coverFrom,
			@RequestPart("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw GonghuiException.invalidField("file", "mutual-aid.enrolment.file-required");
		}
		return ResponseEntity.status(201)
			.body(this.service.enrolList(this.scopes.current(), planId, year, orgId, coverFrom, file.getInputStream(),
					file.getOriginalFilename() == null ? "" : file.getOriginalFilename()));
	}

	@GetMapping("/{id}")
	Views.EnrolmentView get(@PathVariable long id) {
		return this.views.enrolment(this.service.findWithin(this.scopes.current(), id));
	}

	@GetMapping("/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		DataScope scope = this.scopes.current();
		return certificate(this.service.findWithin(scope, id), this.certificates, this.plans, this.orgs);
	}

	static ResponseEntity<byte[]> certificate(EnrolmentRecord enrolment, CoverCertificates certificates,
			PlanService plans, OrgDirectory orgs) {
		String union = orgs.find(enrolment.orgId()).map(OrgSummary::name).orElse("");
		String owner = orgs.find(plans.plan(enrolment.planId()).orgId()).map(OrgSummary::name).orElse("");
		byte[] pdf = certificates.render(enrolment, union, owner);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("互助保障凭证-" + enrolment.certificateNo() + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(pdf);
	}

}
