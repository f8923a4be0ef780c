package org.gonghui.gig.internal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.shared.geo.ChinaCoordinates;
import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/** The market's public API: job search, job fairs, the policy corner. No sign-in. */
@RestController
@RequestMapping("/api/v1/public/gig")
class GigPublicApiController {

	private final GigPosts posts;

	private final JobFairs fairs;

	private final PolicyCorner policies;

	GigPublicApiController(GigPosts posts, JobFairs fairs, PolicyCorner policies) {
		this.posts = posts;
		this.fairs = fairs;
		this.policies = policies;
	}

	/**
	 * Open posts. {@code q} is Chinese text, segmented like the posts; {@code minPayFen}
	 * is the least pay per hour (day rates count as 8 hours, piece rates by their
	 * estimate); {@code lat}/{@code lon} (WGS-84) with {@code km} keep posts within that
	 * radius, nearest first.
	 */
	@GetMapping("/posts")
	PageResponse<PublicPostView> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String trade,
			@RequestParam(required = false) @Nullable Long minPayFen,
			@RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable Double km,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		checkPoint(lat, lon);
		return this.posts
			.search(new PostSearch(q, trade, minPayFen, lat, lon, km, from, to), PageRequest.of(page, size))
			.map(PublicPostView::of);
	}

	static void checkPoint(@Nullable Double lat, @Nullable Double lon) {
		if ((lat != null && !(lat >= -90 && lat <= 90)) || (lon != null && !(lon >= -180 && lon <= 180))) {
			throw GonghuiException.invalid("gig.search.point-range");
		}
	}

	record Wgs84Point(double lat, double lon) {
	}

	/**
	 * A point picked on the GCJ-02 map tiles, as WGS-84 for storing: the post form's map
	 * picker asks here so that one conversion ({@link ChinaCoordinates}) serves all.
	 */
	@GetMapping("/wgs84")
	Wgs84Point wgs84(@RequestParam double gcjLat, @RequestParam double gcjLon) {
		checkPoint(gcjLat, gcjLon);
		GeoPoint wgs = ChinaCoordinates.gcj02ToWgs84(new GeoPoint(gcjLat, gcjLon));
		return new Wgs84Point(wgs.lat(), wgs.lon());
	}

	@GetMapping("/posts/{id}")
	PublicPostView post(@PathVariable long id) {
		return PublicPostView.of(this.posts.findVisible(id).orElseThrow(GonghuiException::notFound));
	}

	@GetMapping("/fairs")
	List<JobFairs.Fair> fairs() {
		return this.fairs.upcoming();
	}

	record FairView(JobFairs.Fair fair, List<JobFairs.Position> positions) {
	}

	@GetMapping("/fairs/{id}")
	FairView fair(@PathVariable long id) {
		return new FairView(this.fairs.find(id).orElseThrow(GonghuiException::notFound), this.fairs.positions(id));
	}

	@GetMapping("/policies")
	PageResponse<PolicyCorner.Article> policies(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.policies.search(q, PageRequest.of(page, size));
	}

}
