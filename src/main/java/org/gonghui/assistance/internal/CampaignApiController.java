package org.gonghui.assistance.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
import org.gonghui.assistance.CampaignDraft;
import org.gonghui.assistance.PaymentKind;
import org.gonghui.assistance.RecipientCategory;
import org.gonghui.assistance.SchoolLevel;
import org.gonghui.assistance.StudentAwardDraft;
import org.gonghui.assistance.StudentHouseholdType;
import org.gonghui.assistance.internal.CampaignRepository.CampaignRow;
import org.gonghui.assistance.internal.CampaignRepository.RecipientRow;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

import static org.gonghui.assistance.internal.CaseRequests.money;
import static org.gonghui.assistance.internal.CaseRequests.text;
import static org.gonghui.assistance.internal.CaseViews.yuan;

/** Condolence campaigns and student aid over the API. */
@RestController
@RequestMapping("/api/v1/assistance")
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
class CampaignApiController {

	private final CampaignService campaigns;

	private final CampaignRepository repository;

	private final StudentAidService studentAid;

	private final Documents documents;

	private final DataScopes scopes;

	private final Clock clock;

	private final StudentAwardExport awardExport;

	CampaignApiController(CampaignService campaigns, CampaignRepository repository, StudentAidService studentAid,
			Documents documents, DataScopes scopes, Clock clock, StudentAwardExport awardExport) {
		this.awardExport = awardExport;
		this.campaigns = campaigns;
		this.repository = repository;
		this.studentAid = studentAid;
		this.documents = documents;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping("/campaigns")
	PageResponse<CampaignRow> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.repository.page(this.scopes.current().path(), PageRequest.of(page, size));
	}

	@PostMapping("/campaigns")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	ResponseEntity<CampaignView> create(@RequestBody CreateCampaign request) {
		DataScope scope = this.scopes.current();
		UUID id = this.campaigns.create(Actor.of(CurrentUser.require()), scope, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/assistance/campaigns/" + id)).body(view(scope, id));
	}

	@GetMapping("/campaigns/{id}")
	CampaignView get(@PathVariable UUID id) {
		return view(this.scopes.current(), id);
	}

	@PostMapping("/campaigns/{id}/generate")
	Map<String, Object> generate(@PathVariable UUID id) {
		int added = this.campaigns.generateList(Actor.of(CurrentUser.require()), this.scopes.current(), id);
		return Map.of("added", added);
	}

	@GetMapping("/campaigns/{id}/recipients")
	PageResponse<RecipientView> recipients(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable Boolean paid,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		DataScope scope = this.scopes.current();
		this.campaigns.visible(scope, id);
		return this.repository
			.recipients(id, scope.path(), paid, name == null || name.isBlank() ? null : name.strip(),
					PageRequest.of(page, size))
			.map(RecipientView::of);
	}

	@PostMapping("/campaigns/{id}/recipients")
	ResponseEntity<RecipientView> addRecipient(@PathVariable UUID id, @RequestBody AddRecipient request) {
		if (request.memberId() == null || request.category() == null) {
			throw GonghuiException.invalidField(request.memberId() == null ? "memberId" : "category",
					"campaign.recipient.required");
		}
		this.campaigns.addRecipient(Actor.of(CurrentUser.require()), this.scopes.current(), id, request.memberId(),
				request.category());
		return ResponseEntity.status(201)
			.body(RecipientView.of(this.repository.recipient(id, request.memberId()).orElseThrow()));
	}

	@PostMapping("/campaigns/{id}/recipients/{householdId}/adjust")
	RecipientView adjust(@PathVariable UUID id, @PathVariable long householdId, @RequestBody Adjust request) {
		this.campaigns.adjustRecipient(Actor.of(CurrentUser.require()), this.scopes.current(), id, householdId,
				request.amount() == null ? null : money("amount", request.amount()),
				Boolean.TRUE.equals(request.removed()), request.note());
		return RecipientView.of(this.repository.recipient(id, householdId).orElseThrow());
	}

	@PostMapping("/campaigns/{id}/payments")
	ResponseEntity<RecipientView> pay(@PathVariable UUID id, @RequestBody Pay request) {
		if (request.householdId() == null) {
			throw GonghuiException.invalidField("householdId", "campaign.recipient.required");
		}
		this.campaigns.pay(Actor.of(CurrentUser.require()), this.scopes.current(), id, request.householdId(),
				request.kind() == null ? PaymentKind.CASH : request.kind(),
				request.amount() == null ? null : money("amount", request.amount()), text(request.description()),
				this.clock.instant());
		return ResponseEntity.status(201)
			.body(RecipientView.of(this.repository.recipient(id, request.householdId()).orElseThrow()));
	}

	// ---- student aid

	@GetMapping("/student-aid/amounts")
	List<StudentAidService.AmountView> amounts() {
		return this.studentAid.amounts();
	}

	@PostMapping("/student-aid/amounts")
	@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
	List<StudentAidService.AmountView> setAmount(@RequestBody SetAmount request) {
		if (request.level() == null || request.householdType() == null) {
			throw GonghuiException.invalidField(request.level() == null ? "level" : "householdType",
					"student-aid.level-required");
		}
		if (request.regionCode() == null || request.regionCode().isBlank()) {
			this.studentAid.setAmount(Actor.of(CurrentUser.require()), request.level(), request.householdType(),
					money("amount", request.amount()));
		}
		else {
			this.studentAid.setRegionalAmount(Actor.of(CurrentUser.require()), this.scopes.current(),
					request.regionCode().strip(), request.level(), request.householdType(),
					money("amount", request.amount()));
		}
		return this.studentAid.amounts();
	}

	@GetMapping("/student-awards")
	PageResponse<StudentAidService.AwardRow> awards(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.studentAid.page(this.scopes.current(), year, PageRequest.of(page, size));
	}

	/** The filtered awards as .xlsx, ID numbers masked; audited. */
	@GetMapping("/student-awards/export.xlsx")
	void exportAwards(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable SchoolLevel level,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		this.awardExport.write(this.scopes.current(), year, level, response);
	}

	@PostMapping("/student-awards")
	ResponseEntity<Map<String, Object>> award(@RequestBody Award request) {
		if (request.memberId() == null || request.level() == null || request.householdType() == null) {
			throw GonghuiException.invalidField(
					request.memberId() == null ? "memberId" : request.level() == null ? "level" : "householdType",
					"student-aid.level-required");
		}
		int year = request.year() == null ? Year.now(this.clock).getValue() : request.year();
		UUID id = this.studentAid.award(Actor.of(CurrentUser.require()), this.scopes.current(),
				new StudentAwardDraft(year, request.memberId(), text(request.studentName()),
						text(request.studentIdNumber()), text(request.school()), request.level(),
						request.householdType()),
				this.clock.instant());
		return ResponseEntity.created(URI.create("/api/v1/assistance/student-awards/" + id))
			.body(Map.of("id", id, "year", year));
	}

	@PostMapping(path = "/student-awards/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> admissionLetter(@PathVariable UUID id,
			@RequestPart("file") MultipartFile file) {
		String path = this.studentAid.orgPathOf(this.scopes.current(), id).orElseThrow(GonghuiException::notFound);
		UUID documentId = this.documents.store(Documents.STUDENT_AWARD, id, path, file,
				CurrentUser.require().accountId());
		return ResponseEntity.status(201).body(Map.of("id", documentId));
	}

	private CampaignView view(DataScope scope, UUID id) {
		CampaignRow row = this.campaigns.visible(scope, id);
		Map<RecipientCategory, String> standards = new EnumMap<>(RecipientCategory.class);
		this.repository.standards(id).forEach((category, amount) -> standards.put(category, yuan(amount)));
		List<BudgetView> budgets = this.repository.budgets(id)
			.stream()
			.map((b) -> new BudgetView(b.orgId(), b.orgName(), yuan(b.budget()), yuan(b.spent()), yuan(b.remaining())))
			.toList();
		return new CampaignView(row.id(), row.name(), row.startsOn(), row.endsOn(), row.orgId(), standards, budgets);
	}

	record CreateCampaign(@Nullable String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
			@Nullable Map<RecipientCategory, String> standardAmounts, @Nullable Map<Long, String> budgets) {

		CampaignDraft toDraft() {
			if (this.startsOn == null || this.endsOn == null) {
				throw GonghuiException.invalidField(this.startsOn == null ? "startsOn" : "endsOn",
						"campaign.dates-required");
			}
			Map<RecipientCategory, org.gonghui.shared.money.Money> standards = new EnumMap<>(RecipientCategory.class);
			if (this.standardAmounts != null) {
				this.standardAmounts.forEach((c, a) -> standards.put(c, money("standardAmounts", a)));
			}
			Map<Long, org.gonghui.shared.money.Money> budgetMap = new HashMap<>();
			if (this.budgets != null) {
				this.budgets.forEach((org, a) -> budgetMap.put(org, money("budgets", a)));
			}
			return new CampaignDraft(text(this.name), this.startsOn, this.endsOn, standards, budgetMap);
		}

	}

	record CampaignView(UUID id, String name, LocalDate startsOn, LocalDate endsOn, long orgId,
			Map<RecipientCategory, String> standardAmounts, List<BudgetView> budgets) {
	}

	record BudgetView(long orgId, String orgName, String budget, String spent, String remaining) {
	}

	record RecipientView(long householdId, long memberId, String memberName, long orgId, RecipientCategory category,
			String amount, @Nullable String note, boolean removed, boolean paid, @Nullable PaymentKind paidKind,
			@Nullable String paidAmount, java.time.@Nullable Instant paidAt) {

		static RecipientView of(RecipientRow r) {
			return new RecipientView(r.householdId(), r.memberId(), r.memberName(), r.orgId(), r.category(),
					yuan(r.amount()), r.note(), r.removed(), r.paid(), r.paidKind(),
					r.paidAmount() == null ? null : yuan(r.paidAmount()), r.paidAt());
		}

	}

	record AddRecipient(@Nullable Long memberId, @Nullable RecipientCategory category) {
	}

	record Adjust(@Nullable String amount, @Nullable Boolean removed, @Nullable String note) {
	}

	record Pay(@Nullable Long householdId, @Nullable PaymentKind kind, @Nullable String amount,
			@Nullable String description) {
	}

	record SetAmount(@Nullable SchoolLevel level, @Nullable StudentHouseholdType householdType, @Nullable String amount,
			@Nullable String regionCode) {
	}

	record Award(@Nullable Integer year, @Nullable Long memberId, @Nullable String studentName,
			@Nullable String studentIdNumber, @Nullable String school, @Nullable SchoolLevel level,
			@Nullable StudentHouseholdType householdType) {
	}

	static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), BusinessTime.ZONE);
	}

}
