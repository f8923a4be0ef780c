package org.gonghui.assistance.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.assistance.Actor;
import org.gonghui.assistance.CampaignDraft;
import org.gonghui.assistance.PaymentKind;
import org.gonghui.assistance.RecipientCategory;
import org.gonghui.assistance.SchoolLevel;
import org.gonghui.assistance.StudentAwardDraft;
import org.gonghui.assistance.StudentHouseholdType;
import org.gonghui.assistance.internal.CampaignRepository.CampaignRow;
import org.gonghui.assistance.internal.CampaignRepository.RecipientRow;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.sheet.SheetColumn;
import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/** Console pages for condolence campaigns (送温暖) and student aid (金秋助学). */
@Controller
class CampaignPageController {

	private final CampaignService campaigns;

	private final CampaignRepository repository;

	private final StudentAidService studentAid;

	private final Documents documents;

	private final DataScopes scopes;

	private final Messages messages;

	private final StudentAwardExport awardExport;

	private final AuditLog audit;

	private final Clock clock;

	CampaignPageController(CampaignService campaigns, CampaignRepository repository, StudentAidService studentAid,
			Documents documents, DataScopes scopes, Messages messages, AuditLog audit, Clock clock,
			StudentAwardExport awardExport) {
		this.awardExport = awardExport;
		this.campaigns = campaigns;
		this.repository = repository;
		this.studentAid = studentAid;
		this.documents = documents;
		this.scopes = scopes;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/console/assistance/campaigns")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("campaigns", this.repository.page(this.scopes.current().path(), PageRequest.of(page, 20)));
		model.addAttribute("categories", RecipientCategory.values());
		return "assistance/campaigns";
	}

	@PostMapping("/console/assistance/campaigns")
	String create(@RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable LocalDate startsOn,
			@RequestParam(required = false) @Nullable LocalDate endsOn, @RequestParam(defaultValue = "") String budgets,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			if (startsOn == null || endsOn == null) {
				throw GonghuiException.invalidField("startsOn", "campaign.dates-required");
			}
			Map<RecipientCategory, Money> standards = new EnumMap<>(RecipientCategory.class);
			for (RecipientCategory category : RecipientCategory.values()) {
				String amount = request.getParameter("amount_" + category.name());
				if (amount != null && !amount.isBlank()) {
					standards.put(category, CaseRequests.money("standardAmounts", amount));
				}
			}
			Map<Long, Money> budgetMap = new HashMap<>();
			for (String line : budgets.split("\\R")) {
				String[] parts = line.strip().split("[\\s=:：,，]+");
				if (parts.length == 2) {
					try {
						budgetMap.put(Long.parseLong(parts[0]), CaseRequests.money("budgets", parts[1]));
					}
					catch (NumberFormatException ex) {
						throw GonghuiException.invalidField("budgets", "campaign.budget-line", line.strip());
					}
				}
				else if (!line.isBlank()) {
					throw GonghuiException.invalidField("budgets", "campaign.budget-line", line.strip());
				}
			}
			UUID id = this.campaigns.create(Actor.of(CurrentUser.require()), this.scopes.current(),
					new CampaignDraft(name, startsOn, endsOn, standards, budgetMap));
			redirect.addFlashAttribute("message", this.messages.text("assist.campaign.created"));
			return "redirect:/console/assistance/campaigns/" + id;
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
			return "redirect:/console/assistance/campaigns";
		}
	}

	@GetMapping("/console/assistance/campaigns/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable Boolean paid,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		DataScope scope = this.scopes.current();
		CampaignRow campaign = this.campaigns.visible(scope, id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("standards", this.repository.standards(id));
		model.addAttribute("budgets", this.repository.budgets(id));
		model.addAttribute("paid", paid);
		model.addAttribute("name", name == null ? "" : name);
		model.addAttribute("kinds", PaymentKind.values());
		model.addAttribute("categories", this.repository.standards(id).keySet());
		model.addAttribute("recipients", this.repository.recipients(id, scope.path(), paid,
				name == null || name.isBlank() ? null : name.strip(), PageRequest.of(page, 20)));
		return htmx != null ? "assistance/campaign :: rows" : "assistance/campaign";
	}

	@PostMapping("/console/assistance/campaigns/{id}/generate")
	String generate(@PathVariable UUID id, RedirectAttributes redirect) {
		int added = this.campaigns.generateList(Actor.of(CurrentUser.require()), this.scopes.current(), id);
		redirect.addFlashAttribute("message", this.messages.text("assist.campaign.generated", added));
		return "redirect:/console/assistance/campaigns/" + id;
	}

	@PostMapping("/console/assistance/campaigns/{id}/recipients")
	String addRecipient(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long memberId,
			@RequestParam(required = false) @Nullable RecipientCategory category, RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/console/assistance/campaigns/" + id, () -> {
			if (memberId == null || category == null) {
				throw GonghuiException.invalidField("memberId", "campaign.recipient.required");
			}
			this.campaigns.addRecipient(Actor.of(CurrentUser.require()), this.scopes.current(), id, memberId, category);
			return this.messages.text("assist.campaign.added");
		});
	}

	@PostMapping("/console/assistance/campaigns/{id}/payments")
	String pay(@PathVariable UUID id, @RequestParam long householdId,
			@RequestParam(defaultValue = "CASH") PaymentKind kind, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
		try {
			this.campaigns.pay(Actor.of(CurrentUser.require()), this.scopes.current(), id, householdId, kind,
					amount.isBlank() ? null : CaseRequests.money("amount", amount), description, this.clock.instant());
			RecipientRow paid = this.repository.recipient(id, householdId).orElseThrow();
			redirect.addFlashAttribute("message",
					this.messages.text("assist.campaign.paid", paid.memberName(), paid.paidAmount().format()));
		}
		catch (GonghuiException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/console/assistance/campaigns/" + id;
	}

	@PostMapping("/console/assistance/campaigns/{id}/recipients/{householdId}/adjust")
	String adjust(@PathVariable UUID id, @PathVariable long householdId, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "false") boolean removed, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/console/assistance/campaigns/" + id, () -> {
			this.campaigns.adjustRecipient(Actor.of(CurrentUser.require()), this.scopes.current(), id, householdId,
					amount.isBlank() ? null : CaseRequests.money("amount", amount), removed,
					note.isBlank() ? null : note);
			return this.messages.text("assist.campaign.adjusted");
		});
	}

	@GetMapping("/console/assistance/campaigns/{id}/export.xlsx")
	void export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		DataScope scope = this.scopes.current();
		CampaignRow campaign = this.campaigns.visible(scope, id);
		PageResponse<RecipientRow> rows = this.repository.recipients(id, scope.path(), null, null,
				new PageRequest(0, 100_000));
		attachment(response, campaign.name() + "-名单.xlsx");
		List<SheetColumn> columns = List.of(SheetColumn.of("name", "姓名"), SheetColumn.of("category", "对象类别"),
				SheetColumn.of("amount", "标准金额（元）").number(), SheetColumn.of("removed", "已移出"),
				SheetColumn.of("kind", "发放方式"), SheetColumn.of("paid", "实发金额（元）").number(),
				SheetColumn.of("paidAt", "发放时间"));
		try (XlsxWriter writer = XlsxWriter.open(response.getOutputStream(), "送温暖名单", columns)) {
			for (RecipientRow r : rows.items()) {
				List<@Nullable Object> cells = new ArrayList<>();
				cells.add(r.memberName());
				cells.add(this.messages.text("recipient.category." + r.category()));
				cells.add(r.amount().toYuan());
				cells.add(r.removed());
				cells.add(r.paidKind() == null ? null : this.messages.text("payment.kind." + r.paidKind()));
				cells.add(r.paidAmount() == null ? null : r.paidAmount().toYuan());
				cells.add(r.paidAt() == null ? null
						: java.time.LocalDateTime.ofInstant(r.paidAt(), org.gonghui.shared.BusinessTime.ZONE));
				writer.row(cells);
			}
		}
		finally {
			this.audit.record(AuditEntry.of(AuditAction.EXPORT, "campaign", id, scope.path(),
					"导出送温暖名单 " + rows.items().size() + " 户：" + campaign.name()));
		}
	}

	// ---- student aid

	@GetMapping("/console/assistance/student-aid")
	String studentAid(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable SchoolLevel level,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		int shown = year == null ? Year.now(this.clock).getValue() : year;
		model.addAttribute("year", shown);
		model.addAttribute("level", level);
		model.addAttribute("awards",
				this.studentAid.page(this.scopes.current(), shown, level, PageRequest.of(page, 20)));
		model.addAttribute("amounts", this.studentAid.amounts());
		model.addAttribute("levels", SchoolLevel.values());
		model.addAttribute("types", StudentHouseholdType.values());
		return "assistance/student-aid";
	}

	/**
	 * The filtered awards as .xlsx with the students' ID numbers masked; the export is
	 * audited.
	 */
	@GetMapping("/console/assistance/student-aid/export.xlsx")
	void exportAwards(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable SchoolLevel level, HttpServletResponse response)
			throws IOException {
		this.awardExport.write(this.scopes.current(), year, level, response);
	}

	@PostMapping("/console/assistance/student-aid")
	String award(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Long memberId,
			@RequestParam(defaultValue = "") String studentName,
			@RequestParam(defaultValue = "") String studentIdNumber, @RequestParam(defaultValue = "") String school,
			@RequestParam(required = false) @Nullable SchoolLevel level,
			@RequestParam(required = false) @Nullable StudentHouseholdType householdType,
			@RequestParam(required = false) @Nullable MultipartFile admissionLetter, RedirectAttributes redirect) {
		int awardYear = year == null ? Year.now(this.clock).getValue() : year;
		return this.messages.flash(redirect, "/console/assistance/student-aid?year=" + awardYear, () -> {
			if (memberId == null || level == null || householdType == null) {
				throw GonghuiException.invalidField("memberId", "student-aid.level-required");
			}
			DataScope scope = this.scopes.current();
			UUID id = this.studentAid.award(Actor.of(CurrentUser.require()), scope, new StudentAwardDraft(awardYear,
					memberId, studentName, studentIdNumber, school, level, householdType), this.clock.instant());
			if (admissionLetter != null && !admissionLetter.isEmpty()) {
				this.documents.store(Documents.STUDENT_AWARD, id, this.studentAid.orgPathOf(scope, id).orElseThrow(),
						admissionLetter, CurrentUser.require().accountId());
			}
			return this.messages.text("assist.student-aid.awarded", studentName);
		});
	}

	@PostMapping("/console/assistance/student-aid/amounts")
	String setAmount(@RequestParam(required = false) @Nullable SchoolLevel level,
			@RequestParam(required = false) @Nullable StudentHouseholdType householdType,
			@RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String regionCode,
			RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/console/assistance/student-aid", () -> {
			if (level == null || householdType == null) {
				throw GonghuiException.invalidField("level", "student-aid.level-required");
			}
			if (regionCode.isBlank()) {
				this.studentAid.setAmount(Actor.of(CurrentUser.require()), level, householdType,
						CaseRequests.money("amount", amount));
			}
			else {
				this.studentAid.setRegionalAmount(Actor.of(CurrentUser.require()), this.scopes.current(),
						regionCode.strip(), level, householdType, CaseRequests.money("amount", amount));
			}
			return this.messages.text("assist.saved");
		});
	}

	private static void attachment(HttpServletResponse response, String filename) {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(filename, java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString());
	}

}
