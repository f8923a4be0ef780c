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
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.gonghui.competition.SignUp;
import org.gonghui.competition.internal.ContestForms.SelfSignUpForm;
import org.gonghui.competition.internal.ScoreRepository.AwardRow;
import org.gonghui.competition.internal.ScoreRepository.ResultRow;
import org.gonghui.member.MemberDirectory;
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

	private final TeamInvitations invitations;

	private final MemberDirectory members;

	PublicContestController(Contests contests, ContestQueries queries, ContestDocuments documents, Messages messages,
			TeamInvitations invitations, MemberDirectory members) {
		this.members = members;
		this.contests = contests;
		this.queries = queries;
		this.documents = documents;
		this.messages = messages;
		this.invitations = invitations;
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
		signUpPage(id, model);
		return "competition/sign-up";
	}

	/**
	 * The contest and the member the worker signs up as, shown read-only; without a link
	 * the page sends the worker to 实名认证 instead of showing the form.
	 */
	private void signUpPage(long id, Model model) {
		model.addAttribute("contest", this.queries.contest(id));
		model.addAttribute("member", this.members.linkedTo(CurrentUser.require().accountId()).orElse(null));
		model.addAttribute("here", "/portal/competitions/" + id + "/sign-up");
	}

	@PostMapping("/portal/competitions/{id}/sign-up")
	String signUp(@PathVariable long id, @Valid @ModelAttribute("form") SelfSignUpForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		signUpPage(id, model);
		if (errors.hasErrors()) {
			model.addAttribute("error", this.messages.text("error.validation"));
			return "competition/sign-up";
		}
		try {
			SignUp signUp = form.signUp();
			this.contests.signUp(CurrentUser.require(), id, signUp);
			redirect.addFlashAttribute("message", this.messages
				.text(signUp.teammates().isEmpty() ? "competition.sign-up.done" : "competition.sign-up.team-done"));
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
		model.addAttribute("invitations", this.invitations.addressedTo(user));
		model.addAttribute("captainOf", this.queries.linkedMemberOf(user.accountId()));
		return "competition/portal-mine";
	}

	@PostMapping("/portal/competitions/entries/{entryId}/invitations")
	@PreAuthorize("hasRole('WORKER')")
	String invite(@PathVariable long entryId, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String idNumber, RedirectAttributes redirect) {
		return act(redirect, "competition.invitation.sent", () -> {
			SignUp.Teammate typed = typed(name, idNumber);
			this.invitations.invite(CurrentUser.require(), entryId, typed);
		});
	}

	/**
	 * A name and an ID number typed on a portal form, held to the API's bounds (50 and 18
	 * characters).
	 */
	private static SignUp.Teammate typed(@Nullable String name, @Nullable String idNumber) {
		if (name != null && name.length() > 50) {
			throw GonghuiException.invalidField("name", "competition.typed.name-too-long");
		}
		if (idNumber != null && idNumber.length() > 18) {
			throw GonghuiException.invalidField("idNumber", "competition.typed.id-too-long");
		}
		return new SignUp.Teammate(name == null ? "" : name, idNumber == null ? "" : idNumber);
	}

	@PostMapping("/portal/competitions/invitations/{id}/withdraw")
	@PreAuthorize("hasRole('WORKER')")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "competition.invitation.withdrawn",
				() -> this.invitations.withdraw(CurrentUser.require(), id));
	}

	/** Sends the invitee a code to their roster phone; the page says where (masked). */
	@PostMapping("/portal/competitions/invitations/{id}/code")
	@PreAuthorize("hasRole('WORKER')")
	String code(@PathVariable long id, RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/portal/competitions", () -> {
			InvitationCodes.CodeSent sent = this.invitations.sendCode(CurrentUser.require(), id);
			String text = this.messages.text("competition.invitation.code-sent", sent.maskedMobile());
			return sent.demoCode() == null ? text
					: text + this.messages.text("competition.invitation.demo-code", sent.demoCode());
		});
	}

	@PostMapping("/portal/competitions/invitations/{id}/confirm")
	@PreAuthorize("hasRole('WORKER')")
	String confirm(@PathVariable long id, @RequestParam(required = false) @Nullable String code,
			RedirectAttributes redirect) {
		return act(redirect, "competition.invitation.confirmed", () -> {
			if (code != null && code.length() > 10) {
				throw GonghuiException.invalidField("code", "competition.invitation.code-invalid");
			}
			this.invitations.confirm(CurrentUser.require(), id, code);
		});
	}

	@PostMapping("/portal/competitions/invitations/{id}/decline")
	@PreAuthorize("hasRole('WORKER')")
	String decline(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "competition.invitation.declined",
				() -> this.invitations.decline(CurrentUser.require(), id));
	}

	@PostMapping("/portal/competitions/entries/{entryId}/members/{position}/remove")
	@PreAuthorize("hasRole('WORKER')")
	String removeMember(@PathVariable long entryId, @PathVariable int position, RedirectAttributes redirect) {
		return act(redirect, "competition.team.member-removed",
				() -> this.invitations.removeMember(CurrentUser.require(), entryId, position));
	}

	@PostMapping("/portal/competitions/entries/{entryId}/leave")
	@PreAuthorize("hasRole('WORKER')")
	String leave(@PathVariable long entryId, RedirectAttributes redirect) {
		return act(redirect, "competition.team.left", () -> this.invitations.leave(CurrentUser.require(), entryId));
	}

	/** Runs a portal action and comes back to the worker's contests with its outcome. */
	private String act(RedirectAttributes redirect, String done, Runnable action) {
		return this.messages.flash(redirect, "/portal/competitions", () -> {
			action.run();
			return this.messages.text(done);
		});
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
