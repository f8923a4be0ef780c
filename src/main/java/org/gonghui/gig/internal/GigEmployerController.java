package org.gonghui.gig.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.gig.GigPostDraft;
import org.gonghui.gig.PayUnit;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.shared.geo.MapTiles;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;

/** The employer's side: their posts, a new post, ranked candidates, offers, ratings. */
@Controller
@PreAuthorize("hasRole('EMPLOYER')")
class GigEmployerController {

	private final GigPosts posts;

	private final Applications applications;

	private final Messages messages;

	private final Validator validator;

	private final MapTiles tiles;

	GigEmployerController(GigPosts posts, Applications applications, Messages messages, Validator validator,
			MapTiles tiles) {
		this.tiles = tiles;
		this.posts = posts;
		this.applications = applications;
		this.messages = messages;
		this.validator = validator;
	}

	private static long me() {
		return CurrentUser.require().accountId();
	}

	/** What the post form shows again after a refusal. */
	record PostForm(@Nullable String title, @Nullable String trade, @Nullable String description,
			@Nullable String requirements, @Nullable SkillLevel requiredLevel, @Nullable PayUnit payUnit,
			@Nullable String pay, @Nullable String estimatedHourly, @Nullable String regionCode,
			@Nullable String address, @Nullable Double lat, @Nullable Double lon,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate workDate,
			@DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime startTime,
			@DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime endTime, @Nullable Integer headcount,
			@Nullable Boolean instantHire) {

		/** An unticked checkbox sends nothing: no field, not false. */
		public boolean instantHireChecked() {
			return Boolean.TRUE.equals(this.instantHire);
		}

		static PostForm blank(LocalDate tomorrow) {
			return new PostForm("", "", "", "", null, PayUnit.DAY, "", "", "420600", "", 32.009, 112.122, tomorrow,
					LocalTime.of(8, 0), LocalTime.of(17, 0), 1, false);
		}

	}

	@GetMapping("/employer/gig")
	String posts(Model model) {
		model.addAttribute("posts", this.posts.byEmployer(me()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PostForm.blank(this.posts.today().plusDays(1)));
		}
		PostForm form = (PostForm) model.getAttribute("form");
		boolean placed = form != null && form.lat() != null && form.lon() != null && Math.abs(form.lat()) <= 90
				&& Math.abs(form.lon()) <= 180;
		model.addAttribute("mapConfig", this.tiles.configJson(placed ? GeoPoint.of(form.lat(), form.lon()) : null));
		model.addAttribute("payUnits", PayUnit.values());
		model.addAttribute("skillLevels", SkillLevel.values());
		return "gig/employer-posts";
	}

	@PostMapping("/employer/gig/posts")
	String post(PostForm form, RedirectAttributes redirect) {
		try {
			if (form.pay() == null || form.payUnit() == null || form.workDate() == null || form.startTime() == null
					|| form.endTime() == null || form.lat() == null || form.lon() == null || form.headcount() == null) {
				throw GonghuiException.invalid("error.validation");
			}
			Long estimate = form.estimatedHourly() == null || form.estimatedHourly().isBlank() ? null
					: Money.parse(form.estimatedHourly()).fen();
			GigPostDraft draft = new GigPostDraft(text(form.title()), text(form.trade()), text(form.description()),
					form.requirements(), form.requiredLevel(), form.payUnit(), Money.parse(form.pay()).fen(), estimate,
					text(form.regionCode()), text(form.address()), form.lat(), form.lon(), form.workDate(),
					form.startTime(), form.endTime(), form.headcount(), form.instantHireChecked(), null, null);
			Set<ConstraintViolation<GigPostDraft>> violations = this.validator.validate(draft);
			if (!violations.isEmpty()) {
				throw GonghuiException.invalid("error.validation");
			}
			PostRecord post = this.posts.post(me(), draft);
			redirect.addFlashAttribute("message", this.messages.text("gig.employer.posted"));
			return "redirect:/employer/gig/posts/" + post.id();
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
			redirect.addFlashAttribute("form", form);
			return "redirect:/employer/gig";
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	@GetMapping("/employer/gig/posts/{id}")
	String post(@PathVariable long id, Model model) {
		model.addAttribute("post", this.posts.ownPost(me(), id));
		model.addAttribute("candidates", this.applications.candidates(me(), id));
		model.addAttribute("today", this.posts.today());
		return "gig/employer-post";
	}

	@PostMapping("/employer/gig/applications/{id}/offer")
	String offer(@PathVariable long id, @RequestParam long postId, RedirectAttributes redirect) {
		try {
			this.applications.offer(me(), id);
			redirect.addFlashAttribute("message", this.messages.text("gig.employer.offered"));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/employer/gig/posts/" + postId;
	}

	@PostMapping("/employer/gig/applications/{id}/rate")
	String rate(@PathVariable long id, @RequestParam long postId, @RequestParam int stars,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		try {
			this.applications.rate(me(), id, true, stars, comment);
			redirect.addFlashAttribute("message", this.messages.text("gig.employer.rated"));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/employer/gig/posts/" + postId;
	}

}
