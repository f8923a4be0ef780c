package org.gonghui.competition.internal.voting;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;

/**
 * The public voting page of a round, phone-first: candidates with photos, verification by
 * mobile number and one-time code (or as a signed-in member), one button per candidate.
 * The voter token is kept in the session; each rendered vote form carries a fresh client
 * vote id, so submitting the same form twice counts once.
 */
@Controller
class VotePageController {

	private final BallotService service;

	private final VoterTokens tokens;

	private final Messages messages;

	VotePageController(BallotService service, VoterTokens tokens, Messages messages) {
		this.service = service;
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping("/public/votes/{roundId}")
	String page(@PathVariable long roundId, HttpSession session, Model model) {
		BallotRepository.BallotRow ballot = this.service.ballot(roundId);
		String token = (String) session.getAttribute(tokenAttribute(roundId));
		boolean verified = token != null && this.tokens.verify(token, Instant.now()).isPresent();
		model.addAttribute("ballot", ballot);
		model.addAttribute("open", ballot.openAt(Instant.now()));
		model.addAttribute("candidates", this.service.candidates(roundId));
		model.addAttribute("verified", verified);
		model.addAttribute("clientVoteId", UUID.randomUUID().toString());
		model.addAttribute("worker", CurrentUser.current().map((user) -> user.role() == Role.WORKER).orElse(false));
		return "competition/vote/ballot";
	}

	@PostMapping("/public/votes/{roundId}/code")
	String requestCode(@PathVariable long roundId, @RequestParam String mobile, HttpServletRequest request,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("mobile", mobile);
		try {
			BallotService.CodeSent sent = this.service.requestCode(roundId, mobile, request.getRemoteAddr());
			redirect.addFlashAttribute("codeSent", true);
			redirect.addFlashAttribute("demoCode", sent.demoCode());
			redirect.addFlashAttribute("message", this.messages.text("vote.page.code-sent", sent.maskedMobile()));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/public/votes/" + roundId;
	}

	@PostMapping("/public/votes/{roundId}/verify")
	String verify(@PathVariable long roundId, @RequestParam String mobile, @RequestParam String code,
			HttpSession session, RedirectAttributes redirect) {
		try {
			BallotService.IssuedToken token = this.service.verifyCode(roundId, mobile, code);
			session.setAttribute(tokenAttribute(roundId), token.token());
			redirect.addFlashAttribute("message", this.messages.text("vote.page.verified"));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("mobile", mobile);
			redirect.addFlashAttribute("codeSent", true);
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/public/votes/" + roundId;
	}

	@PostMapping("/public/votes/{roundId}/member")
	String asMember(@PathVariable long roundId, HttpSession session, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.current().orElse(null);
		if (user == null) {
			return "redirect:/login";
		}
		try {
			session.setAttribute(tokenAttribute(roundId), this.service.memberToken(roundId, user).token());
			redirect.addFlashAttribute("message", this.messages.text("vote.page.verified"));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/public/votes/" + roundId;
	}

	@PostMapping("/public/votes/{roundId}/vote")
	String vote(@PathVariable long roundId, @RequestParam long entrantId, @RequestParam String clientVoteId,
			HttpSession session, HttpServletRequest request, RedirectAttributes redirect) {
		String token = (String) session.getAttribute(tokenAttribute(roundId));
		try {
			if (token == null) {
				throw new GonghuiException(org.springframework.http.HttpStatus.UNAUTHORIZED, "vote.token-invalid");
			}
			BallotService.Cast cast = this.service.cast(roundId, token, entrantId, clientVoteId,
					request.getRemoteAddr());
			redirect.addFlashAttribute("message", this.messages
				.text(cast.replayed() ? "vote.page.already-counted" : "vote.page.counted", cast.record().sequence()));
		}
		catch (GonghuiException ex) {
			if ("vote.token-invalid".equals(ex.messageKey())) {
				session.removeAttribute(tokenAttribute(roundId));
			}
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/public/votes/" + roundId;
	}

	private static String tokenAttribute(long roundId) {
		return "vote-token:" + roundId;
	}

}
