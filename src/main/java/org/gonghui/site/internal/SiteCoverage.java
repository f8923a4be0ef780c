package org.gonghui.site.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import org.gonghui.shared.region.Regions.Region;
import org.gonghui.shared.region.Regions;
import org.gonghui.shared.security.DataScope;

/**
 * Coverage per region: how many active workers' cultural palaces and worker homes each
 * sub-region has. Hubei's goal is a cultural palace in every city, prefecture and county
 * by 2027 (湖北省总工会); a region without one, or without a worker home, is flagged.
 */
@Service
class SiteCoverage {

	private final SiteRepository sites;

	private final Regions regions;

	SiteCoverage(SiteRepository sites, Regions regions) {
		this.sites = sites;
		this.regions = regions;
	}

	/**
	 * One line per sub-region of {@code regionCode} (or the region itself if it has
	 * none).
	 */
	record Line(String regionCode, String regionName, int palaces, int homes, int sites) {

		public boolean lacksPalace() {
			return this.palaces == 0;
		}

		public boolean lacksHome() {
			return this.homes == 0;
		}

	}

	record Report(String regionCode, String regionName, List<Line> lines) {

		public long lackingPalace() {
			return this.lines.stream().filter(Line::lacksPalace).count();
		}

		public long lackingHome() {
			return this.lines.stream().filter(Line::lacksHome).count();
		}

	}

	Report of(DataScope scope, String regionCode) {
		List<SiteRepository.RegionCount> counts = this.sites.coverage(scope.path(),
				SiteRepository.regionPrefix(regionCode));
		List<Region> children = this.regions.children(regionCode)
			.stream()
			.filter(r -> !"市辖区".equals(r.name()))
			.toList();
		List<Region> lines = children.isEmpty() ? this.regions.find(regionCode).map(List::of).orElse(List.of())
				: children;
		List<Line> result = new ArrayList<>();
		for (Region region : lines) {
			String prefix = SiteRepository.regionPrefix(region.code());
			int palaces = 0;
			int homes = 0;
			int total = 0;
			for (SiteRepository.RegionCount count : counts) {
				if (count.regionCode().startsWith(prefix)) {
					palaces += count.palaces();
					homes += count.homes();
					total += count.sites();
				}
			}
			result.add(new Line(region.code(), region.name(), palaces, homes, total));
		}
		return new Report(regionCode, this.regions.fullName(regionCode), result);
	}

}
