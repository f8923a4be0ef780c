package org.gonghui.assistance.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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

import org.gonghui.assistance.Actor;
import org.gonghui.assistance.ExitReason;
import org.gonghui.assistance.HardshipCaseStatus;
import org.gonghui.assistance.HardshipCategory;
import org.gonghui.assistance.HardshipCounts;
import org.gonghui.assistance.MinimumLivingStandard;
import org.gonghui.assistance.internal.CaseViews.CaseSummary;
import org.gonghui.assistance.internal.CaseViews.CaseView;
import org.gonghui.assistance.internal.HardshipCaseRepository.CaseFilter;
import org.gonghui.assistance.internal.HardshipCaseRepository.CaseRow;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

import static org.gonghui.assistance.internal.CaseRequests.money;
import static org.gonghui.assistance.internal.CaseRequests.text;
import static org.gonghui.assistance.internal.CaseRequests.version;

/**
 * Hardship files over the API: staff list, read (audited), review; a worker applies for
 * themselves and reads their own applications.
 */
@RestController
@RequestMapping("/api/v1/assistance")
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
class CaseApiController {

	private final HardshipCaseService cases;

	private final HardshipCaseRepository repository;

	private final Documents documents;

	private final DataScopes scopes;

	private final AssistanceProperties properties;

	private final Clock clock;

	CaseApiController(HardshipCaseService cases, HardshipCaseRepository repository, Documents documents,
			DataScopes scopes, AssistanceProperties properties, Clock clock) {
		this.cases = cases;
		this.repository = repository;
		this.documents = documents;
		this.scopes = scopes;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/cases")
	PageResponse<CaseSummary> list(@RequestParam(required = false) @Nullable HardshipCaseStatus status,
			@RequestParam(required = false) @Nullable HardshipCategory category,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(defaultValue = "false") boolean recheckDue,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		CaseFilter filter = new CaseFilter(this.scopes.current().path(), status, category,
				name == null || name.isBlank() ? null : name.strip(), recheckDue ? today() : null);
		return this.repository.page(filter, PageRequest.of(page, size)).map(CaseSummary::of);
	}

	@PostMapping("/cases")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER','WORKER')")
	ResponseEntity<CaseSummary> apply(@RequestBody CaseRequests.Apply request) {
		CurrentUser user = CurrentUser.require();
		DataScope scope = user.role() == Role.WORKER ? null : this.scopes.scopeOf(user);
		UUID id = this.cases.apply(Actor.of(user), scope, request.toApplication(), now());
		CaseRow row = this.repository.find(id).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/assistance/cases/" + id)).body(CaseSummary.of(row));
	}

	/** The worker's own applications, without personal details. */
	@GetMapping("/my-cases")
	@PreAuthorize("hasRole('WORKER')")
	List<CaseSummary> mine() {
		return this.cases.mine(CurrentUser.require().accountId()).stream().map(CaseSummary::of).toList();
	}

	/** The whole case with income and health details; every call is audited. */
	@GetMapping("/cases/{id}")
	CaseView get(@PathVariable UUID id) {
		return CaseView.of(this.cases.detail(this.scopes.current(), id));
	}

	@PostMapping("/cases/{id}/verify")
	CaseSummary verify(@PathVariable UUID id, @RequestBody CaseRequests.Verify request) {
		this.cases.verify(actor(), this.scopes.current(), id, version(request.version()),
				text(request.homeVisitNotes()), now());
		return summary(id);
	}

	@PostMapping("/cases/{id}/category")
	CaseSummary category(@PathVariable UUID id, @RequestBody CaseRequests.Category request) {
		this.cases.overrideCategory(actor(), this.scopes.current(), id, version(request.version()), request.required(),
				text(request.reason()), now());
		return summary(id);
	}

	@PostMapping("/cases/{id}/notice")
	CaseSummary notice(@PathVariable UUID id, @RequestBody CaseRequests.Notice request) {
		this.cases.startNotice(actor(), this.scopes.current(), id, version(request.version()),
				request.firstDay() == null ? today() : request.firstDay(),
				request.days() == null ? this.properties.noticeDays() : request.days(), now());
		return summary(id);
	}

	@PostMapping("/cases/{id}/objections")
	ResponseEntity<Map<String, Object>> raiseObjection(@PathVariable UUID id,
			@RequestBody CaseRequests.RaiseObjection request) {
		int number = this.cases.raiseObjection(actor(), this.scopes.current(), id, version(request.version()),
				text(request.raisedBy()), text(request.content()),
				request.raisedOn() == null ? today() : request.raisedOn(), now());
		return ResponseEntity.status(201).body(Map.of("number", number, "case", summary(id)));
	}

	@PostMapping("/cases/{id}/objections/{number}/dismiss")
	CaseSummary dismiss(@PathVariable UUID id, @PathVariable int number,
			@RequestBody CaseRequests.ResolveObjection request) {
		this.cases.resolveObjection(actor(), this.scopes.current(), id, version(request.version()), number, null,
				text(request.note()), now());
		return summary(id);
	}

	@PostMapping("/cases/{id}/objections/{number}/uphold")
	CaseSummary uphold(@PathVariable UUID id, @PathVariable int number,
			@RequestBody CaseRequests.ResolveObjection request) {
		if (request.outcome() == null) {
			throw GonghuiException.invalidField("outcome", "hardship.objection.outcome-required");
		}
		this.cases.resolveObjection(actor(), this.scopes.current(), id, version(request.version()), number,
				request.outcome(), text(request.note()), now());
		return summary(id);
	}

	@PostMapping("/cases/{id}/approve")
	CaseSummary approve(@PathVariable UUID id, @RequestBody(required = false) CaseRequests.@Nullable Decision request) {
		this.cases.approve(actor(), this.scopes.current(), id, version(request == null ? null : request.version()),
				now());
		return summary(id);
	}

	@PostMapping("/cases/{id}/reject")
	CaseSummary reject(@PathVariable UUID id, @RequestBody CaseRequests.Decision request) {
		this.cases.reject(actor(), this.scopes.current(), id, version(request.version()), text(request.reason()),
				now());
		return summary(id);
	}

	@PostMapping("/cases/{id}/recheck")
	CaseSummary recheck(@PathVariable UUID id, @RequestBody CaseRequests.Recheck request) {
		if (request.householdSize() == null) {
			throw GonghuiException.invalidField("householdSize", "hardship.members.range", 1, 30);
		}
		this.cases.recheck(actor(), this.scopes.current(), id, version(request.version()), request.householdSize(),
				money("monthlyIncome", request.monthlyIncome()), request.causes() == null ? Set.of() : request.causes(),
				text(request.note()), now());
		return summary(id);
	}

	@PostMapping("/cases/{id}/exit")
	CaseSummary exit(@PathVariable UUID id, @RequestBody CaseRequests.Exit request) {
		this.cases.exit(actor(), this.scopes.current(), id, version(request.version()),
				request.reason() == null ? ExitReason.OTHER : request.reason(), text(request.note()),
				request.on() == null ? today() : request.on(), now());
		return summary(id);
	}

	@PostMapping(path = "/cases/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
		CaseRow row = inScope(id);
		UUID documentId = this.documents.store(Documents.CASE, id, row.orgPath(), file,
				CurrentUser.require().accountId());
		return ResponseEntity.status(201).body(Map.of("id", documentId));
	}

	@GetMapping("/cases/{id}/documents")
	List<Documents.DocumentInfo> documents(@PathVariable UUID id) {
		inScope(id);
		return this.documents.of(Documents.CASE, id);
	}

	@GetMapping("/cases/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		inScope(id);
		Documents.Download download = this.documents.download(Documents.CASE, id, documentId)
			.orElseThrow(GonghuiException::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(download.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(download.content());
	}

	/** Active files, entries and exits per region in the caller's scope. */
	@GetMapping("/statistics")
	List<HardshipCounts> statistics(@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		LocalDate end = to == null ? today() : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		return this.cases.counts(this.scopes.current(), start, end);
	}

	@GetMapping("/standards")
	List<StandardView> standards() {
		return this.cases.standards().stream().map(StandardView::of).toList();
	}

	@PostMapping("/standards")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	ResponseEntity<StandardView> recordStandard(@RequestBody CaseRequests.Standard request) {
		if (request.effectiveFrom() == null) {
			throw GonghuiException.invalidField("effectiveFrom", "hardship.standard.date-required");
		}
		MinimumLivingStandard standard = new MinimumLivingStandard(text(request.regionCode()), request.effectiveFrom(),
				money("perPersonPerMonth", request.perPersonPerMonth()));
		this.cases.recordStandard(actor(), standard.regionCode(), standard.effectiveFrom(),
				standard.perPersonPerMonth());
		return ResponseEntity.status(201).body(StandardView.of(standard));
	}

	/** The category multiples per region, each from its effective date. */
	@GetMapping("/thresholds")
	List<ThresholdView> thresholds() {
		return this.cases.thresholds().stream().map(ThresholdView::of).toList();
	}

	@PostMapping("/thresholds")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	ResponseEntity<ThresholdView> recordThresholds(@RequestBody CaseRequests.Thresholds request) {
		org.gonghui.assistance.HardshipThresholdSetting setting = request.toSetting();
		this.cases.recordThresholds(actor(), this.scopes.current(), setting);
		return ResponseEntity.status(201).body(ThresholdView.of(setting));
	}

	private CaseRow inScope(UUID id) {
		DataScope scope = this.scopes.current();
		return this.repository.find(id)
			.filter((r) -> scope.contains(r.orgPath()))
			.orElseThrow(GonghuiException::notFound);
	}

	private CaseSummary summary(UUID id) {
		return CaseSummary.of(this.repository.find(id).orElseThrow());
	}

	private static Actor actor() {
		return Actor.of(CurrentUser.require());
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), BusinessTime.ZONE);
	}

	record ThresholdView(String regionCode, LocalDate effectiveFrom, String deepBelow, String relativeWithin,
			String accidentInducedWithin) {

		static ThresholdView of(org.gonghui.assistance.HardshipThresholdSetting s) {
			return new ThresholdView(s.regionCode(), s.effectiveFrom(), plain(s.deepBelow()), plain(s.relativeWithin()),
					plain(s.accidentInducedWithin()));
		}

		private static String plain(org.gonghui.shared.money.Ratio ratio) {
			return ratio.toBigDecimal().stripTrailingZeros().toPlainString();
		}

	}

	record StandardView(String regionCode, LocalDate effectiveFrom, String perPersonPerMonth) {

		static StandardView of(MinimumLivingStandard standard) {
			return new StandardView(standard.regionCode(), standard.effectiveFrom(),
					CaseViews.yuan(standard.perPersonPerMonth()));
		}

	}

}
