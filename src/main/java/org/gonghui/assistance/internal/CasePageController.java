package org.gonghui.assistance.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.gonghui.assistance.ExitReason;
import org.gonghui.assistance.HardshipApplication;
import org.gonghui.assistance.HardshipCaseStatus;
import org.gonghui.assistance.HardshipCategory;
import org.gonghui.assistance.HardshipCause;
import org.gonghui.assistance.HouseholdFigures;
import org.gonghui.assistance.HouseholdMember;
import org.gonghui.assistance.ObjectionOutcome;
import org.gonghui.assistance.internal.HardshipCaseRepository.CaseFilter;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.sheet.SheetColumn;
import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.shared.web.PageRequest;

/**
 * The staff console for hardship files: the list with filters and export, a case with its
 * timeline and the review actions, applying on a member's behalf, the minimum living
 * standards and the counts per region.
 */
@Controller
class CasePageController {

	private final HardshipCaseService cases;

	private final HardshipCaseRepository repository;

	private final Documents documents;

	private final DataScopes scopes;

	private final Messages messages;

	private final AuditLog audit;

	private final AssistanceProperties properties;

	private final Clock clock;

	CasePageController(HardshipCaseService cases, HardshipCaseRepository repository, Documents documents,
			DataScopes scopes, Messages messages, AuditLog audit, AssistanceProperties properties, Clock clock) {
		this.cases = cases;
		this.repository = repository;
		this.documents = documents;
		this.scopes = scopes;
		this.messages = messages;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/console/assistance/cases")
	String list(@RequestParam(required = false) @Nullable HardshipCaseStatus status,
			@RequestParam(required = false) @Nullable HardshipCategory category,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(defaultValue = "false") boolean recheckDue,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		CaseFilter filter = filter(status, category, name, recheckDue);
		model.addAttribute("status", status);
		model.addAttribute("category", category);
		model.addAttribute("name", name == null ? "" : name);
		model.addAttribute("recheckDue", recheckDue);
		model.addAttribute("statuses", HardshipCaseStatus.values());
		model.addAttribute("categories", HardshipCategory.values());
		model.addAttribute("cases", this.repository.page(filter, PageRequest.of(page, 20)));
		return htmx != null ? "assistance/cases :: rows" : "assistance/cases";
	}

	private CaseFilter filter(@Nullable HardshipCaseStatus status, @Nullable HardshipCategory category,
			@Nullable String name, boolean recheckDue) {
		return new CaseFilter(this.scopes.current().path(), status, category,
				name == null || name.isBlank() ? null : name.strip(), recheckDue ? today() : null);
	}

	/**
	 * The filtered list as .xlsx; no income or health figures leave the platform this
	 * way.
	 */
	@GetMapping("/console/assistance/cases/export.xlsx")
	void export(@RequestParam(required = false) @Nullable HardshipCaseStatus status,
			@RequestParam(required = false) @Nullable HardshipCategory category,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(defaultValue = "false") boolean recheckDue, HttpServletResponse response) throws IOException {
		CaseFilter filter = filter(status, category, name, recheckDue);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("困难职工档案.xlsx", java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString());
		AtomicInteger written = new AtomicInteger();
		List<SheetColumn> columns = List.of(SheetColumn.of("name", "姓名"), SheetColumn.of("region", "地区代码").text(),
				SheetColumn.of("appliedOn", "申请日期").date(), SheetColumn.of("status", "状态"),
				SheetColumn.of("category", "困难类别"), SheetColumn.of("approvedOn", "建档日期").date(),
				SheetColumn.of("recheckDue", "复核到期").date(), SheetColumn.of("exitedOn", "脱困日期").date());
		try (XlsxWriter writer = XlsxWriter.open(response.getOutputStream(), "困难职工档案", columns)) {
			for (HardshipCaseRepository.CaseRow row : this.repository.all(filter)) {
				List<@Nullable Object> cells = new ArrayList<>();
				cells.add(row.memberName());
				cells.add(row.regionCode());
				cells.add(row.appliedOn());
				cells.add(this.messages.text("hardship.status." + row.status()));
				cells.add(row.category() == null ? null : this.messages.text("hardship.category." + row.category()));
				cells.add(row.approvedOn());
				cells.add(row.recheckDue());
				cells.add(row.exitedOn());
				writer.row(cells);
				written.incrementAndGet();
			}
		}
		finally {
			this.audit.record(AuditEntry.of(AuditAction.EXPORT, "hardship-case", "list", filter.scopePath(),
					"导出困难职工档案 " + written.get() + " 条"));
		}
	}

	@GetMapping("/console/assistance/cases/{id}")
	String show(@PathVariable UUID id, Model model) {
		DataScope scope = this.scopes.current();
		HardshipCaseService.CaseDetail detail = this.cases.detail(scope, id);
		model.addAttribute("c", detail);
		model.addAttribute("documents", this.documents.of(Documents.CASE, id));
		model.addAttribute("categories", HardshipCategory.values());
		model.addAttribute("exitReasons", ExitReason.values());
		model.addAttribute("causes", HardshipCause.values());
		model.addAttribute("noticeDays", this.properties.noticeDays());
		model.addAttribute("today", today());
		model.addAttribute("zone", org.gonghui.shared.BusinessTime.ZONE);
		model.addAttribute("federation",
				CurrentUser.require().role() != org.gonghui.shared.security.Role.UNION_OFFICER);
		return "assistance/case";
	}

	@GetMapping("/console/assistance/cases/{id}/documents/{documentId}")
	void download(@PathVariable UUID id, @PathVariable UUID documentId, HttpServletResponse response)
			throws IOException {
		DataScope scope = this.scopes.current();
		this.repository.find(id).filter((r) -> scope.contains(r.orgPath())).orElseThrow(GonghuiException::notFound);
		Documents.Download download = this.documents.download(Documents.CASE, id, documentId)
			.orElseThrow(GonghuiException::notFound);
		response.setContentType(download.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline()
					.filename(download.filename(), java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString());
		response.getOutputStream().write(download.content());
	}

	@PostMapping("/console/assistance/cases/{id}/{action}")
	String act(@PathVariable UUID id, @PathVariable String action, @RequestParam long version,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) @Nullable Integer days,
			@RequestParam(required = false) @Nullable LocalDate day,
			@RequestParam(required = false) @Nullable HardshipCategory category,
			@RequestParam(required = false) @Nullable ExitReason exitReason,
			@RequestParam(required = false) @Nullable Integer number,
			@RequestParam(required = false) @Nullable ObjectionOutcome outcome,
			@RequestParam(defaultValue = "") String raisedBy, RedirectAttributes redirect) {
		DataScope scope = this.scopes.current();
		Actor actor = Actor.of(CurrentUser.require());
		Instant now = this.clock.instant();
		try {
			String done = switch (action) {
				case "verify" -> {
					this.cases.verify(actor, scope, id, version, text, now);
					yield "已记录核实情况";
				}
				case "notice" -> {
					this.cases.startNotice(actor, scope, id, version, day == null ? today() : day,
							days == null ? this.properties.noticeDays() : days, now);
					yield "已开始公示";
				}
				case "objection" -> {
					this.cases.raiseObjection(actor, scope, id, version, raisedBy, text, day == null ? today() : day,
							now);
					yield "已记录异议";
				}
				case "resolve" -> {
					this.cases.resolveObjection(actor, scope, id, version, number == null ? 0 : number, outcome, text,
							now);
					yield "已处理异议";
				}
				case "category" -> {
					if (category == null) {
						throw GonghuiException.invalidField("category", "hardship.category.required");
					}
					this.cases.overrideCategory(actor, scope, id, version, category, text, now);
					yield "已调整困难类别";
				}
				case "approve" -> {
					this.cases.approve(actor, scope, id, version, now);
					yield "审批通过，已建档";
				}
				case "reject" -> {
					this.cases.reject(actor, scope, id, version, text, now);
					yield "已驳回";
				}
				case "exit" -> {
					this.cases.exit(actor, scope, id, version, exitReason == null ? ExitReason.OTHER : exitReason, text,
							day == null ? today() : day, now);
					yield "已办理解困脱困";
				}
				default -> throw GonghuiException.notFound();
			};
			redirect.addFlashAttribute("message", done);
		}
		catch (GonghuiException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/console/assistance/cases/" + id;
	}

	/** The re-check (复核) form: the household's current figures and the decision. */
	@PostMapping("/console/assistance/cases/{id}/recheck")
	String recheck(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable Integer householdSize,
			@RequestParam(defaultValue = "") String monthlyIncome,
			@RequestParam(required = false) @Nullable Set<HardshipCause> causes,
			@RequestParam(defaultValue = "CONTINUE") String decision,
			@RequestParam(required = false) @Nullable HardshipCategory category,
			@RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @Nullable ExitReason exitReason,
			@RequestParam(required = false) @Nullable LocalDate exitOn, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		try {
			HouseholdFigures figures = new HouseholdFigures(householdSize == null ? 0 : householdSize,
					CaseRequests.money("monthlyIncome", monthlyIncome),
					causes == null ? EnumSet.noneOf(HardshipCause.class) : causes);
			HardshipCaseService.RecheckDecision chosen = switch (decision) {
				case "CHANGE_CATEGORY" -> {
					if (category == null) {
						throw GonghuiException.invalidField("category", "hardship.category.required");
					}
					yield new HardshipCaseService.RecheckDecision.ChangeCategory(category, reason.strip());
				}
				case "EXIT" -> new HardshipCaseService.RecheckDecision.Exit(
						exitReason == null ? ExitReason.ON_REVIEW : exitReason, exitOn == null ? today() : exitOn);
				default -> new HardshipCaseService.RecheckDecision.Continue();
			};
			this.cases.recheck(Actor.of(CurrentUser.require()), this.scopes.current(), id, version, figures, chosen,
					note.strip(), this.clock.instant());
			redirect.addFlashAttribute("message", this.messages.text("assist.recheck.done"));
		}
		catch (GonghuiException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/console/assistance/cases/" + id;
	}

	@GetMapping("/console/assistance/cases/new")
	String form(Model model) {
		model.addAttribute("causes", HardshipCause.values());
		return "assistance/case-new";
	}

	@PostMapping("/console/assistance/cases")
	String apply(@RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String household,
			@RequestParam(defaultValue = "") String monthlyIncome,
			@RequestParam(required = false) @Nullable Set<HardshipCause> causes,
			@RequestParam(defaultValue = "") String healthNotes, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		DataScope scope = this.scopes.current();
		CurrentUser user = CurrentUser.require();
		try {
			UUID id = this.cases.apply(Actor.of(user), scope,
					new HardshipApplication(null, idNumber.strip(), null, householdLines(household),
							CaseRequests.money("monthlyIncome", monthlyIncome),
							causes == null ? EnumSet.noneOf(HardshipCause.class) : causes, healthNotes, note),
					this.clock.instant());
			String path = this.repository.find(id).orElseThrow().orgPath();
			storeAll(id, path, files, user.accountId());
			redirect.addFlashAttribute("message", "已代为提交申请");
			return "redirect:/console/assistance/cases/" + id;
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			model.addAttribute("causes", HardshipCause.values());
			return "assistance/case-new";
		}
	}

	void storeAll(UUID caseId, String orgPath, @Nullable List<MultipartFile> files, long accountId) {
		if (files == null) {
			return;
		}
		for (MultipartFile file : files) {
			if (!file.isEmpty()) {
				this.documents.store(Documents.CASE, caseId, orgPath, file, accountId);
			}
		}
	}

	/** One household member per line: 姓名 关系 [身份证号] [健康状况]. */
	static List<HouseholdMember> householdLines(String text) {
		List<HouseholdMember> members = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String[] parts = line.strip().split("[\\s,，、]+", 3);
			if (parts.length == 0 || parts[0].isBlank()) {
				continue;
			}
			String rest = parts.length > 2 ? parts[2] : null;
			String idNumber = null;
			if (rest != null) {
				String[] idAndHealth = rest.split("[\\s,，、]+", 2);
				if (idAndHealth[0].matches("\\d{17}[\\dXx]")) {
					idNumber = idAndHealth[0];
					rest = idAndHealth.length > 1 ? idAndHealth[1] : null;
				}
			}
			members.add(new HouseholdMember(parts[0], parts.length > 1 ? parts[1] : "", rest, idNumber));
		}
		return members;
	}

	@GetMapping("/console/assistance/statistics")
	String statistics(@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, Model model) {
		LocalDate end = to == null ? today() : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("counts", this.cases.counts(this.scopes.current(), start, end));
		return "assistance/statistics";
	}

	@GetMapping("/console/assistance/standards")
	String standards(Model model) {
		model.addAttribute("standards", this.cases.standards());
		model.addAttribute("thresholds", this.cases.thresholds());
		return "assistance/standards";
	}

	@PostMapping("/console/assistance/standards")
	String recordStandard(@RequestParam(defaultValue = "") String regionCode,
			@RequestParam(required = false) @Nullable LocalDate effectiveFrom,
			@RequestParam(defaultValue = "") String amount, RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/console/assistance/standards", () -> {
			if (effectiveFrom == null) {
				throw GonghuiException.invalidField("effectiveFrom", "hardship.standard.date-required");
			}
			this.cases.recordStandard(Actor.of(CurrentUser.require()), regionCode.strip(), effectiveFrom,
					CaseRequests.money("amount", amount));
			return "已保存低保标准";
		});
	}

	@PostMapping("/console/assistance/thresholds")
	String recordThresholds(@RequestParam(defaultValue = "") String regionCode,
			@RequestParam(required = false) @Nullable LocalDate effectiveFrom,
			@RequestParam(defaultValue = "") String deepBelow, @RequestParam(defaultValue = "") String relativeWithin,
			@RequestParam(defaultValue = "") String accidentInducedWithin, RedirectAttributes redirect) {
		try {
			this.cases.recordThresholds(Actor.of(CurrentUser.require()), this.scopes.current(),
					new CaseRequests.Thresholds(regionCode, effectiveFrom, deepBelow, relativeWithin,
							accidentInducedWithin)
						.toSetting());
			redirect.addFlashAttribute("message", this.messages.text("assist.thresholds.saved"));
		}
		catch (GonghuiException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/console/assistance/standards";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), BusinessTime.ZONE);
	}

}
