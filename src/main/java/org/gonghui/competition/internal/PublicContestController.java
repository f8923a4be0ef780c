package org.gonghui.competition.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.competition.Contests;
import org.gonghui.competition.internal.ContestForms.SignUpForm;
import org.gonghui.competition.internal.ScoreRepository.AwardRow;
import org.gonghui.competition.internal.ScoreRepository.ResultRow;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.shared.web.PageRequest;

/**
 * Public pages (contest list, a contest with its published results, certificate check)
 * and the worker portal (sign-up, my entries and certificates). Phone-first.
 */
@Controller
class PublicContestController {

	private final Contests contests;

	private final ContestQueries queries;

	private final ContestDocuments documents;

	private final Messages messages;

	PublicContestController(Contests contests, ContestQueries queries, ContestDocuments documents, Messages messages) {
		this.contests = contests;
		this.queries = queries;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/public/competitions")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("contests", this.queries.page(null, null, PageRequest.of(page, 20)));
		model.addAttribute("today", java.time.LocalDate.now(BusinessTime.ZONE));
		return "competition/public-list";
	}

	@GetMapping("/public/competitions/{id}")
	String show(@PathVariable long id, Model model) {
		StoredContest contest = this.queries.contest(id);
		model.addAttribute("contest", contest);
		model.addAttribute("signUpOpen", contest.signUpOpenOn(java.time.LocalDate.now(BusinessTime.ZONE)));
		List<ContestQueries.RoundDetail> rounds = this.queries.rounds(id);
		Map<Long, List<ResultRow>> results = new HashMap<>();
		for (ContestQueries.RoundDetail round : rounds) {
			results.put(round.round().id(), this.queries.publishedResults(round.round().id()));
		}
		model.addAttribute("rounds", rounds);
		model.addAttribute("results", results);
		model.addAttribute("awards", contest.status() == ContestStatus.COMPLETED ? this.queries.awards(id) : List.of());
		return "competition/public-show";
	}

	@GetMapping("/portal/competitions/{id}/sign-up")
	String signUpForm(@PathVariable long id, Model model) {
		model.addAttribute("contest", this.queries.contest(id));
		return "competition/sign-up";
	}

	@PostMapping("/portal/competitions/{id}/sign-up")
	String signUp(@PathVariable long id, @Valid @ModelAttribute("form") SignUpForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("contest", this.queries.contest(id));
		if (errors.hasErrors()) {
			model.addAttribute("error", this.messages.text("error.validation"));
			return "competition/sign-up";
		}
		try {
			this.contests.signUp(CurrentUser.require(), id, form.signUp());
			redirect.addFlashAttribute("message", this.messages.text("competition.sign-up.done"));
			return "redirect:/portal/competitions";
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return "competition/sign-up";
		}
	}

	@GetMapping("/portal/competitions")
	String mine(Model model) {
		CurrentUser user = CurrentUser.require();
		var entries = this.queries.entriesOf(user.accountId());
		model.addAttribute("entries", entries);
		model.addAttribute("names",
				this.queries.contestNames(new ArrayList<>(entries.stream().map((e) -> e.contestId()).toList())));
		model.addAttribute("awards", this.queries.awardsOf(user.accountId()));
		return "competition/portal-mine";
	}

	@GetMapping("/public/certificates")
	String checkForm(@RequestParam(required = false) @Nullable String code) {
		if (code != null && !code.isBlank()) {
			return "redirect:/public/certificates/" + code.replaceAll("[^A-Za-z0-9-]", "");
		}
		return "competition/certificate-check";
	}

	@GetMapping("/public/certificates/{code}")
	String check(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("award", this.documents.award(code).orElse(null));
		return "competition/certificate-check";
	}

	@GetMapping("/public/certificates/{code}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code) {
		AwardRow award = this.documents.award(code).orElseThrow(GonghuiException::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("certificate-" + award.code() + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(this.documents.certificate(award));
	}

}
