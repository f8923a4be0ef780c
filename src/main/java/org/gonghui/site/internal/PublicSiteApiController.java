package org.gonghui.site.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.shared.web.GonghuiException;
import org.gonghui.site.Facility;
import org.gonghui.site.OpeningHours;
import org.gonghui.site.SiteType;

/**
 * The public search without sign-in:
 * {@code /api/v1/public/sites?lat=&lon=&openNow=true&facilities=DRINKING_WATER,MICROWAVE}.
 * {@code lat}/{@code lon} are WGS-84 (as a phone's GPS gives them) unless
 * {@code crs=GCJ02} (a point picked on a mainland map).
 */
@RestController
@RequestMapping("/api/v1/public/sites")
class PublicSiteApiController {

	private final SiteSearch search;

	private final SiteRegistry registry;

	private final Clock clock;

	PublicSiteApiController(SiteSearch search, SiteRegistry registry, Clock clock) {
		this.search = search;
		this.registry = registry;
		this.clock = clock;
	}

	@GetMapping
	List<PublicSiteView> search(@RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lon, @RequestParam(required = false) @Nullable String crs,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(defaultValue = "false") boolean openNow,
			@RequestParam(required = false) @Nullable Set<Facility> facilities,
			@RequestParam(required = false) @Nullable Set<SiteType> types, @RequestParam(defaultValue = "20") int limit,
			@RequestParam(required = false) @Nullable String at) {
		SiteQuery query = new SiteQuery(SearchPoint.of(lat, lon, crs), region, openNow,
				facilities == null ? Set.of() : facilities, types == null ? Set.of() : types, moment(at, this.clock),
				limit);
		return this.search.search(query);
	}

	/**
	 * "Open at" another moment than now, e.g. {@code 2026-10-01T20:00} (Beijing time) or
	 * with an offset; for planning a stop later.
	 */
	static ZonedDateTime moment(@Nullable String at, Clock clock) {
		if (at == null || at.isBlank()) {
			return ZonedDateTime.now(clock.withZone(OpeningHours.ZONE));
		}
		try {
			return OffsetDateTime.parse(at).atZoneSameInstant(OpeningHours.ZONE);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(at).atZone(OpeningHours.ZONE);
			}
			catch (DateTimeParseException again) {
				throw GonghuiException.invalid("site.search.at");
			}
		}
	}

	@GetMapping("/{id}")
	PublicSiteView get(@PathVariable long id) {
		return this.registry.findPublic(id)
			.map(site -> PublicSiteView.of(site, null, ZonedDateTime.now(this.clock.withZone(OpeningHours.ZONE))))
			.orElseThrow(GonghuiException::notFound);
	}

}
