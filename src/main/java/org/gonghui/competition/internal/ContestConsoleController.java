package org.gonghui.competition.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.account.Accounts;
import org.gonghui.competition.ContestLevel;
import org.gonghui.competition.Contests;
import org.gonghui.competition.EntryKind;
import org.gonghui.competition.TieBreaker;
import org.gonghui.competition.internal.ContestForms.ChiefForm;
import org.gonghui.competition.internal.ContestForms.ContestForm;
import org.gonghui.competition.internal.ContestForms.JudgeForm;
import org.gonghui.competition.internal.ContestForms.RoundForm;
import org.gonghui.competition.internal.ContestForms.SignUpForm;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.shared.web.PageRequest;

/** Staff pages to set up and run a contest end to end. */
@Controller
class ContestConsoleController {

	private final Contests contests;

	private final ContestQueries queries;

	private final ContestDocuments documents;

	private final DataScopes scopes;

	private final Accounts accounts;

	private final Messages messages;

	ContestConsoleController(Contests contests, ContestQueries queries, ContestDocuments documents, DataScopes scopes,
			Accounts accounts, Messages messages) {
		this.contests = contests;
		this.queries = queries;
		this.documents = documents;
		this.scopes = scopes;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/console/competitions")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		DataScope scope = this.scopes.current();
		model.addAttribute("contests", this.queries.page(scope, null, PageRequest.of(page, 20)));
		model.addAttribute("above", this.queries.openAbove(scope));
		return "competition/console-list";
	}

	@GetMapping("/console/competitions/new")
	String newForm(Model model) {
		choices(model);
		LocalDate today = LocalDate.now(BusinessTime.ZONE);
		model.addAttribute("today", today);
		return "competition/console-new";
	}

	@PostMapping("/console/competitions")
	String create(@Valid @ModelAttribute("form") ContestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			choices(model);
			model.addAttribute("error", this.messages.text("error.validation"));
			return "competition/console-new";
		}
		try {
			DataScope scope = this.scopes.current();
			long id = this.contests.create(scope, form.draft(scope.orgId()));
			redirect.addFlashAttribute("message", this.messages.text("competition.created"));
			return "redirect:/console/competitions/" + id;
		}
		catch (GonghuiException ex) {
			choices(model);
			model.addAttribute("error", this.messages.text(ex));
			return "competition/console-new";
		}
	}

	private static void choices(Model model) {
		model.addAttribute("levels", ContestLevel.values());
		model.addAttribute("kinds", EntryKind.values());
		model.addAttribute("skillLevels", SkillLevel.values());
		model.addAttribute("tieBreakers", TieBreaker.values());
		model.addAttribute("votePeriods", org.gonghui.competition.VotePeriod.values());
	}

	@GetMapping("/console/competitions/{id}")
	String show(@PathVariable long id, Model model) {
		StoredContest contest = this.queries.contestWithin(this.scopes.current(), id);
		model.addAttribute("contest", contest);
		model.addAttribute("rounds", this.queries.rounds(id));
		model.addAttribute("entries", this.queries.entries(id, null));
		model.addAttribute("awards", this.queries.awards(id));
		choices(model);
		return "competition/console-show";
	}

	@GetMapping("/console/competitions/{id}/nominate")
	String nominateForm(@PathVariable long id, Model model) {
		model.addAttribute("contest", this.queries.nominatable(this.scopes.current(), id));
		return "competition/console-nominate";
	}

	@PostMapping("/console/competitions/{id}/nominate")
	String nominateAbove(@PathVariable long id, @Valid @ModelAttribute SignUpForm form, BindingResult errors,
			RedirectAttributes redirect) {
		this.queries.nominatable(this.scopes.current(), id);
		return act(redirect, "/console/competitions/" + id + "/nominate", errors, () -> {
			this.contests.nominate(this.scopes.current(), id, form.signUp());
			return "competition.nominated";
		});
	}

	@PostMapping("/console/competitions/{id}/nominations")
	String nominate(@PathVariable long id, @Valid @ModelAttribute SignUpForm form, BindingResult errors,
			RedirectAttributes redirect) {
		return act(redirect, "/console/competitions/" + id, errors, () -> {
			this.contests.nominate(this.scopes.current(), id, form.signUp());
			return "competition.nominated";
		});
	}

	@PostMapping("/console/competitions/{id}/entries/{entryId}/accept")
	String accept(@PathVariable long id, @PathVariable long entryId, RedirectAttributes redirect) {
		return act(redirect, "/console/competitions/" + id + "#entries", null, () -> {
			this.contests.accept(this.scopes.current(), entryId);
			return "competition.entry.accepted";
		});
	}

	@PostMapping("/console/competitions/{id}/entries/{entryId}/reject")
	String reject(@PathVariable long id, @PathVariable long entryId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(redirect, "/console/competitions/" + id + "#entries", null, () -> {
			this.contests.reject(this.scopes.current(), entryId, reason);
			return "competition.entry.rejected";
		});
	}

	@PostMapping("/console/competitions/{id}/rounds")
	String addRound(@PathVariable long id, @Valid @ModelAttribute RoundForm form, BindingResult errors,
			RedirectAttributes redirect) {
		return act(redirect, "/console/competitions/" + id + "#rounds", errors, () -> {
			this.contests.addRound(this.scopes.current(), id, form.draft());
			return "competition.round.added";
		});
	}

	@GetMapping("/console/competitions/rounds/{roundId}")
	String round(@PathVariable long roundId, Model model) {
		ContestQueries.RoundContext context = this.queries.roundWithin(this.scopes.current(), roundId);
		model.addAttribute("c", context);
		model.addAttribute("results", this.queries.results(roundId));
		model.addAttribute("isFinal",
				this.queries.rounds(context.contest().id())
					.stream()
					.anyMatch((detail) -> detail.round().id() == roundId && detail.isFinal()));
		return "competition/console-round";
	}

	@PostMapping("/console/competitions/rounds/{roundId}/judges")
	String assignJudge(@PathVariable long roundId, @Valid @ModelAttribute JudgeForm form, BindingResult errors,
			RedirectAttributes redirect) {
		return act(redirect, "/console/competitions/rounds/" + roundId, errors, () -> {
			var judge = this.accounts.findByUsername(form.username())
				.filter((account) -> account.role() == Role.JUDGE)
				.orElseThrow(() -> GonghuiException.invalidField("username", "competition.judge.not-a-judge"));
			this.contests.assignJudge(this.scopes.current(), roundId, judge.id(), form.employerOrgId(), form.chief());
			return "competition.judge.assigned";
		});
	}

	@PostMapping("/console/competitions/rounds/{roundId}/chief")
	String replaceChief(@PathVariable long roundId, @Valid @ModelAttribute ChiefForm form, BindingResult errors,
			RedirectAttributes redirect) {
		return act(redirect, "/console/competitions/rounds/" + roundId, errors, () -> {
			var judge = this.accounts.findByUsername(form.username())
				.filter((account) -> account.role() == Role.JUDGE)
				.orElseThrow(() -> GonghuiException.invalidField("username", "competition.judge.not-a-judge"));
			this.contests.replaceChief(this.scopes.current(), roundId, judge.id(), form.employerOrgId(), form.reason());
			return "competition.judge.chief-replaced";
		});
	}

	@PostMapping("/console/competitions/rounds/{roundId}/judges/{judgeAccountId}/unassign")
	String unassignJudge(@PathVariable long roundId, @PathVariable long judgeAccountId, RedirectAttributes redirect) {
		return act(redirect, "/console/competitions/rounds/" + roundId, null, () -> {
			this.contests.unassignJudge(this.scopes.current(), roundId, judgeAccountId);
			return "competition.judge.unassigned";
		});
	}

	@PostMapping("/console/competitions/rounds/{roundId}/open")
	String open(@PathVariable long roundId, @RequestParam(required = false) @Nullable LocalDateTime voteClosesAt,
			RedirectAttributes redirect) {
		Instant closes = voteClosesAt == null ? null : voteClosesAt.atZone(BusinessTime.ZONE).toInstant();
		return act(redirect, "/console/competitions/rounds/" + roundId, null, () -> {
			this.contests.openRound(this.scopes.current(), roundId, closes);
			return "competition.round.opened";
		});
	}

	@PostMapping("/console/competitions/rounds/{roundId}/objective")
	String objective(@PathVariable long roundId, @RequestParam long entryId,
			@RequestParam(required = false) @Nullable BigDecimal score,
			@RequestParam(required = false) @Nullable BigDecimal seconds, RedirectAttributes redirect) {
		Duration time = seconds == null ? null
				: Duration.ofMillis(seconds.multiply(BigDecimal.valueOf(1000)).longValue());
		return act(redirect, "/console/competitions/rounds/" + roundId + "#objective", null, () -> {
			this.contests.recordObjective(this.scopes.current(), roundId, entryId, score, time);
			return "competition.objective.saved";
		});
	}

	@PostMapping("/console/competitions/rounds/{roundId}/close")
	String close(@PathVariable long roundId, RedirectAttributes redirect) {
		return act(redirect, "/console/competitions/rounds/" + roundId, null, () -> {
			this.contests.closeRound(this.scopes.current(), roundId);
			return "competition.round.closed";
		});
	}

	@PostMapping("/console/competitions/rounds/{roundId}/publish")
	String publish(@PathVariable long roundId, RedirectAttributes redirect) {
		return act(redirect, "/console/competitions/rounds/" + roundId, null, () -> {
			this.contests.publish(CurrentUser.require(), roundId);
			return "competition.round.published";
		});
	}

	@GetMapping("/console/competitions/{id}/entries.xlsx")
	void exportEntries(@PathVariable long id, HttpServletResponse response) throws IOException {
		StoredContest contest = this.queries.contestWithin(this.scopes.current(), id);
		download(response, contest.name() + "-参赛选手.xlsx");
		this.documents.exportEntries(this.scopes.current(), id, response.getOutputStream());
	}

	@GetMapping("/console/competitions/{id}/results.xlsx")
	void exportResults(@PathVariable long id, HttpServletResponse response) throws IOException {
		StoredContest contest = this.queries.contestWithin(this.scopes.current(), id);
		download(response, contest.name() + "-成绩.xlsx");
		this.documents.exportResults(this.scopes.current(), id, response.getOutputStream());
	}

	static void download(HttpServletResponse response, String filename) {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
				+ URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	/** Runs a command, then back to the page with its outcome as a flash message. */
	private String act(RedirectAttributes redirect, String back, @Nullable BindingResult errors,
			Supplier<String> command) {
		if (errors != null && errors.hasErrors()) {
			var first = errors.getAllErrors().get(0);
			redirect.addFlashAttribute("error", first.getDefaultMessage() == null
					? this.messages.text("error.validation") : first.getDefaultMessage());
			return "redirect:" + back;
		}
		try {
			redirect.addFlashAttribute("message", this.messages.text(command.get()));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:" + back;
	}

	static List<TieBreaker> tieBreakers() {
		return List.of(TieBreaker.values());
	}

}
