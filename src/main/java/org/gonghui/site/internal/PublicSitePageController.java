package org.gonghui.site.internal;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.shared.geo.MapTiles;
import org.gonghui.shared.region.Regions;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.site.Facility;
import org.gonghui.site.OpeningHours;
import org.gonghui.site.SiteType;

/**
 * The public, phone-first search and detail pages. The list is rendered on the server
 * from a plain GET form, so it works without JavaScript and without the map; the map and
 * "use my location" are added by {@code /js/sites.js}.
 */
@Controller
class PublicSitePageController {

	static final int PAGE_RESULTS = 20;

	private final SiteSearch search;

	private final SiteRegistry registry;

	private final Regions regions;

	private final SiteMapProperties map;

	private final MapTiles tiles;

	private final Messages messages;

	private final java.time.Clock clock;

	PublicSitePageController(SiteSearch search, SiteRegistry registry, Regions regions, SiteMapProperties map,
			MapTiles tiles, Messages messages, java.time.Clock clock) {
		this.tiles = tiles;
		this.clock = clock;
		this.search = search;
		this.registry = registry;
		this.regions = regions;
		this.map = map;
		this.messages = messages;
	}

	@GetMapping("/public/sites")
	String search(@RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lon, @RequestParam(required = false) @Nullable String crs,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(defaultValue = "false") boolean openNow,
			@RequestParam(required = false) @Nullable Set<Facility> facilities,
			@RequestParam(required = false) @Nullable SiteType type, Model model) {
		Set<Facility> wanted = facilities == null ? Set.of() : facilities;
		GeoPoint point = null;
		try {
			point = SearchPoint.of(lat, lon, crs);
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
		}
		String regionCode = region == null || region.isBlank() ? null : region;
		SiteQuery query = new SiteQuery(point, regionCode, openNow, wanted, type == null ? Set.of() : Set.of(type),
				ZonedDateTime.now(this.clock.withZone(OpeningHours.ZONE)), PAGE_RESULTS);
		List<PublicSiteView> results = this.search.search(query);
		model.addAttribute("results", results);
		model.addAttribute("point", point);
		model.addAttribute("region", regionCode);
		model.addAttribute("openNow", openNow);
		model.addAttribute("wanted", wanted);
		model.addAttribute("type", type);
		model.addAttribute("facilities", Facility.values());
		model.addAttribute("types", SiteType.values());
		model.addAttribute("regions",
				this.regions.children(this.map.region()).stream().filter(r -> !"市辖区".equals(r.name())).toList());
		model.addAttribute("mapConfig", mapConfig(point));
		model.addAttribute("apiUrl", apiUrl(point, regionCode, openNow, wanted, type));
		return "site/public-search";
	}

	@GetMapping("/public/sites/{id}")
	String show(@PathVariable long id, Model model) {
		SiteRecord site = this.registry.findPublic(id).orElseThrow(GonghuiException::notFound);
		PublicSiteView view = PublicSiteView.of(site, null, ZonedDateTime.now(this.clock.withZone(OpeningHours.ZONE)));
		model.addAttribute("site", view);
		model.addAttribute("regionName", this.regions.fullName(site.regionCode()));
		model.addAttribute("photoIds", this.registry.photoIds(id));
		model.addAttribute("mapConfig", mapConfig(site.location()));
		return "site/public-show";
	}

	@GetMapping("/public/sites/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		this.registry.findPublic(id).orElseThrow(GonghuiException::notFound);
		SiteRepository.Photo photo = this.registry.photo(id, photoId).orElseThrow(GonghuiException::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
			.body(photo.bytes());
	}

	/** What /js/sites.js needs to draw the map, as JSON in a data attribute (CSP). */
	private String mapConfig(@Nullable GeoPoint centre) {
		return this.tiles.configJson(centre);
	}

	private static String apiUrl(@Nullable GeoPoint point, @Nullable String region, boolean openNow,
			Set<Facility> facilities, @Nullable SiteType type) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/api/v1/public/sites").queryParam("limit", 200);
		if (point != null) {
			url.queryParam("lat", point.lat()).queryParam("lon", point.lon());
		}
		if (region != null) {
			url.queryParam("region", region);
		}
		if (openNow) {
			url.queryParam("openNow", true);
		}
		facilities.stream().sorted().forEach(f -> url.queryParam("facilities", f.name()));
		if (type != null) {
			url.queryParam("types", type.name());
		}
		return url.build().encode().toUriString();
	}

}
