package org.gonghui.gig.internal;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.gig.WorkerProfileDraft;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;

/**
 * The worker's side of the market: the job-seeker profile, applications with their
 * offers, ratings and unpaid reports. Phone-first.
 */
@Controller
@PreAuthorize("hasRole('WORKER')")
class GigPortalController {

	private final WorkerProfiles profiles;

	private final Applications applications;

	private final JobFairs fairs;

	private final Messages messages;

	GigPortalController(WorkerProfiles profiles, Applications applications, JobFairs fairs, Messages messages) {
		this.profiles = profiles;
		this.applications = applications;
		this.fairs = fairs;
		this.messages = messages;
	}

	private static long me() {
		return CurrentUser.require().accountId();
	}

	@GetMapping("/portal/gig")
	String home() {
		return "redirect:/portal/gig/applications";
	}

	@GetMapping("/portal/gig/profile")
	String profile(Model model) {
		model.addAttribute("profile", this.profiles.find(me()).orElse(null));
		model.addAttribute("skillLevels", SkillLevel.values());
		return "gig/portal-profile";
	}

	@PostMapping("/portal/gig/profile")
	String saveProfile(@RequestParam String name, @RequestParam(required = false) @Nullable String phone,
			@RequestParam String trades, @RequestParam(required = false, defaultValue = "") String skills,
			@RequestParam(required = false) @Nullable SkillLevel skillLevel,
			@RequestParam(required = false, defaultValue = "") String areas,
			@RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable List<Integer> days, @RequestParam LocalTime availableFrom,
			@RequestParam LocalTime availableUntil, RedirectAttributes redirect, Model model) {
		try {
			if (name.isBlank() || list(trades).isEmpty() || days == null || days.isEmpty()) {
				throw GonghuiException.invalid("error.validation");
			}
			Set<Integer> available = new TreeSet<>(days);
			this.profiles.save(me(), new WorkerProfileDraft(name, phone, list(trades), list(skills), skillLevel,
					list(areas), lat, lon, available, availableFrom, availableUntil));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
			return "redirect:/portal/gig/profile";
		}
		redirect.addFlashAttribute("message", this.messages.text("gig.profile.saved"));
		return "redirect:/portal/gig/profile";
	}

	static List<String> list(String text) {
		return Arrays.stream(text.split("[,，、;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	@PostMapping("/portal/gig/posts/{id}/apply")
	String apply(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.applications.apply(me(), id);
			redirect.addFlashAttribute("message", this.messages.text("gig.post.applied"));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
			if ("gig.apply.profile-required".equals(ex.messageKey())) {
				return "redirect:/portal/gig/profile";
			}
		}
		return "redirect:/public/gig/posts/" + id;
	}

	@GetMapping("/portal/gig/applications")
	String applications(Model model) {
		model.addAttribute("applications", this.applications.ofWorker(me()));
		model.addAttribute("hasProfile", this.profiles.find(me()).isPresent());
		model.addAttribute("today", java.time.LocalDate.now(org.gonghui.shared.BusinessTime.ZONE));
		return "gig/portal-applications";
	}

	@PostMapping("/portal/gig/applications/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "gig.applications.accepted", () -> this.applications.accept(me(), id));
	}

	@PostMapping("/portal/gig/applications/{id}/decline")
	String decline(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "gig.applications.declined", () -> this.applications.decline(me(), id));
	}

	@PostMapping("/portal/gig/applications/{id}/rate")
	String rate(@PathVariable long id, @RequestParam int stars,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		return act(redirect, "gig.applications.rated", () -> this.applications.rate(me(), id, false, stars, comment));
	}

	@PostMapping("/portal/gig/applications/{id}/unpaid")
	String unpaid(@PathVariable long id, @RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(redirect, "gig.applications.unpaid-sent", () -> {
			Long fen = amount == null || amount.isBlank() ? null : Money.parse(amount).fen();
			this.applications.reportUnpaid(me(), id, fen, note);
		});
	}

	@PostMapping("/portal/gig/fairs/{id}/sign-up")
	String signUp(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.fairs.signUp(id, me());
			redirect.addFlashAttribute("message", this.messages.text("gig.fairs.signed-up"));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/public/gig/fairs/" + id;
	}

	private String act(RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", this.messages.text(doneKey));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/portal/gig/applications";
	}

}
