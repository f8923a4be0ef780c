package org.gonghui.competition.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.competition.Contests;
import org.gonghui.competition.Criterion;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;

/**
 * The judges' pages, tablet-sized: the rounds a judge is assigned to, one scoring sheet
 * per entrant (locked once submitted), and for the chief judge the review and
 * publication.
 */
@Controller
@PreAuthorize("hasRole('JUDGE')")
class JudgeController {

	private final Contests contests;

	private final ContestQueries queries;

	private final Messages messages;

	JudgeController(Contests contests, ContestQueries queries, Messages messages) {
		this.contests = contests;
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/judge")
	String tasks(Model model) {
		model.addAttribute("tasks", this.queries.tasksOf(CurrentUser.require()));
		return "competition/judge-tasks";
	}

	@GetMapping("/judge/rounds/{roundId}")
	String round(@PathVariable long roundId, Model model) {
		model.addAttribute("j", this.queries.judgeRound(CurrentUser.require(), roundId));
		return "competition/judge-round";
	}

	@GetMapping("/judge/rounds/{roundId}/entries/{entryId}")
	String sheet(@PathVariable long roundId, @PathVariable long entryId, Model model) {
		ContestQueries.JudgeRound round = this.queries.judgeRound(CurrentUser.require(), roundId);
		ContestQueries.JudgeEntrant entrant = round.entrants()
			.stream()
			.filter((e) -> e.entry().id() == entryId)
			.findFirst()
			.orElseThrow(GonghuiException::notFound);
		model.addAttribute("j", round);
		model.addAttribute("e", entrant);
		return "competition/judge-sheet";
	}

	@PostMapping("/judge/rounds/{roundId}/entries/{entryId}")
	String submit(@PathVariable long roundId, @PathVariable long entryId, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		ContestQueries.JudgeRound round = this.queries.judgeRound(CurrentUser.require(), roundId);
		try {
			Map<String, BigDecimal> points = new LinkedHashMap<>();
			for (Criterion criterion : round.round().criteria()) {
				String typed = form.get("points_" + criterion.code());
				if (typed == null || typed.isBlank()) {
					throw GonghuiException.invalid("competition.judging.criterion-missing", criterion.name());
				}
				try {
					points.put(criterion.code(), new BigDecimal(typed.strip()));
				}
				catch (NumberFormatException ex) {
					throw GonghuiException.invalid("competition.number.invalid", typed);
				}
			}
			this.contests.submitScores(CurrentUser.require(), roundId, entryId, points);
			redirect.addFlashAttribute("message", this.messages.text("competition.judging.submitted"));
			return "redirect:/judge/rounds/" + roundId;
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
			return "redirect:/judge/rounds/" + roundId + "/entries/" + entryId;
		}
	}

	@PostMapping("/judge/rounds/{roundId}/publish")
	String publish(@PathVariable long roundId, RedirectAttributes redirect) {
		try {
			this.contests.publish(CurrentUser.require(), roundId);
			redirect.addFlashAttribute("message", this.messages.text("competition.round.published"));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/judge/rounds/" + roundId;
	}

}
