package org.gonghui.competition.internal.voting;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;

/**
 * The organiser's view of a round's vote: live tally (refreshed by htmx), the chain's
 * checkpoint, flagged bursts, and the log export. Staff of the organiser's subtree only;
 * others get 404.
 */
@Controller
class VoteConsoleController {

	private final BallotService service;

	private final VoteApiController api;

	private final DataScopes scopes;

	VoteConsoleController(BallotService service, VoteApiController api, DataScopes scopes) {
		this.service = service;
		this.api = api;
		this.scopes = scopes;
	}

	@GetMapping("/console/competitions/votes/{roundId}")
	String page(@PathVariable long roundId, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		BallotRepository.BallotRow ballot = scoped(roundId);
		Map<Long, Long> counts = this.service.counts(roundId);
		List<TallyLine> lines = this.service.candidates(roundId)
			.stream()
			.map((c) -> new TallyLine(c, counts.getOrDefault(c.entrantId(), 0L)))
			.sorted(Comparator.comparingLong(TallyLine::votes).reversed())
			.toList();
		model.addAttribute("ballot", ballot);
		model.addAttribute("open", ballot.openAt(java.time.Instant.now()));
		model.addAttribute("lines", lines);
		model.addAttribute("flags", this.service.flags(roundId));
		return (htmx != null) ? "competition/vote/console :: live" : "competition/vote/console";
	}

	@GetMapping("/console/competitions/votes/{roundId}/log.csv")
	ResponseEntity<String> export(@PathVariable long roundId) {
		BallotRepository.BallotRow ballot = scoped(roundId);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"vote-log-" + roundId + ".csv\"")
			.body(this.api.exportLog(ballot));
	}

	private BallotRepository.BallotRow scoped(long roundId) {
		BallotRepository.BallotRow ballot = this.service.ballot(roundId);
		if (!this.scopes.current().contains(ballot.orgPath())) {
			throw GonghuiException.notFound();
		}
		return ballot;
	}

	record TallyLine(BallotSpec.Candidate candidate, long votes) {
	}

}
