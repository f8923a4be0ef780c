package org.gonghui.gig.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.shared.geo.MapTiles;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;

/** The public, phone-first market pages: search, a job, job fairs, the policy corner. */
@Controller
class GigPublicPageController {

	private final GigPosts posts;

	private final Applications applications;

	private final JobFairs fairs;

	private final PolicyCorner policies;

	private final MapTiles tiles;

	GigPublicPageController(GigPosts posts, Applications applications, JobFairs fairs, PolicyCorner policies,
			MapTiles tiles) {
		this.tiles = tiles;
		this.posts = posts;
		this.applications = applications;
		this.fairs = fairs;
		this.policies = policies;
	}

	@GetMapping("/public/gig")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String trade,
			@RequestParam(required = false) @Nullable BigDecimal minPay,
			@RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable Double km,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		GigPublicApiController.checkPoint(lat, lon);
		Long minPayFen = minPay == null || minPay.signum() <= 0 ? null
				: minPay.movePointRight(2).setScale(0, java.math.RoundingMode.DOWN).longValueExact();
		PostSearch search = new PostSearch(blank(q), blank(trade), minPayFen, lat, lon, km, from, to);
		model.addAttribute("results", this.posts.search(search, PageRequest.of(page, 20)));
		model.addAttribute("q", q);
		model.addAttribute("trade", trade);
		model.addAttribute("minPay", minPay);
		model.addAttribute("lat", lat);
		model.addAttribute("lon", lon);
		model.addAttribute("km", km == null ? PostSearch.DEFAULT_KM : km);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		// markers come from the list itself (GCJ-02 in data attributes): the list is the
		// page, the map only shows it
		model.addAttribute("mapConfig",
				this.tiles.configJson(lat != null && lon != null ? GeoPoint.of(lat, lon) : null));
		return "gig/public-search";
	}

	@GetMapping("/public/gig/posts/{id}")
	String post(@PathVariable long id, Model model) {
		PostRecord post = this.posts.findVisible(id).orElseThrow(GonghuiException::notFound);
		model.addAttribute("post", post);
		model.addAttribute("employerRatings", this.applications.ratingsOfEmployer(post.employerAccountId()));
		// mainland map apps draw GCJ-02: convert the stored WGS-84 point for the link
		GeoPoint gcj = post.gcj();
		model.addAttribute("mapConfig", this.tiles.configJson(GeoPoint.of(post.lat(), post.lon())));
		model.addAttribute("mapLink", "https://uri.amap.com/marker?position=" + gcj.lon() + "," + gcj.lat() + "&name="
				+ java.net.URLEncoder.encode(post.address(), java.nio.charset.StandardCharsets.UTF_8));
		boolean worker = CurrentUser.current().map(u -> u.role() == Role.WORKER).orElse(false);
		model.addAttribute("worker", worker);
		model.addAttribute("applied",
				worker && this.applications.ofWorker(CurrentUser.require().accountId())
					.stream()
					.anyMatch(a -> a.postId() == id));
		return "gig/public-post";
	}

	@GetMapping("/public/gig/fairs")
	String fairs(Model model) {
		model.addAttribute("fairs", this.fairs.upcoming());
		return "gig/public-fairs";
	}

	@GetMapping("/public/gig/fairs/{id}")
	String fair(@PathVariable long id, Model model) {
		model.addAttribute("fair", this.fairs.find(id).orElseThrow(GonghuiException::notFound));
		model.addAttribute("positions", this.fairs.positions(id));
		boolean worker = CurrentUser.current().map(u -> u.role() == Role.WORKER).orElse(false);
		model.addAttribute("worker", worker);
		model.addAttribute("signedUp", worker && this.fairs.signedUp(id, CurrentUser.require().accountId()));
		return "gig/public-fair";
	}

	@GetMapping("/public/gig/policies")
	String policies(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("articles", this.policies.search(blank(q), PageRequest.of(page, 20)));
		model.addAttribute("q", q);
		return "gig/public-policies";
	}

	static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
