package org.gonghui.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.geo.ChinaCoordinates;
import org.gonghui.site.ServiceSites;
import org.gonghui.site.SiteDraft;
import org.gonghui.site.SiteSummary;
import org.gonghui.site.SiteType;

import static org.assertj.core.api.Assertions.assertThat;

class SiteDemoTests {

	@Test
	void spreadsAFewHundredSitesOverTheCountiesWithDeliberateGaps() {
		DemoCity city = new DemoCityGenerator().generate(DemoDataLoader.SEED, 100);
		Map<String, Long> ids = new HashMap<>();
		city.organisations().forEach(org -> ids.put(org.key(), (long) ids.size() + 1));
		Recorder sites = new Recorder();

		new SiteDemo(sites).load(new DemoContext(city, ids, Map.of(), new Random(DemoDataLoader.SEED)));

		assertThat(sites.drafts).hasSizeBetween(250, 400);
		assertThat(sites.drafts).allSatisfy(site -> {
			assertThat(site.regionCode()).startsWith("4206");
			assertThat(ChinaCoordinates.isInMainland(site.location())).isTrue();
			assertThat(site.location().lat()).isBetween(31.3, 32.8);
			assertThat(site.location().lon()).isBetween(110.8, 113.3);
		});
		Map<String, Set<SiteType>> typesByCounty = sites.drafts.stream()
			.collect(Collectors.groupingBy(SiteDraft::regionCode,
					Collectors.flatMapping(d -> d.types().stream(), Collectors.toSet())));
		assertThat(typesByCounty).hasSize(9);
		assertThat(typesByCounty.entrySet().stream().filter(e -> !e.getValue().contains(SiteType.CULTURAL_PALACE)))
			.extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("420624", "420626", "420684");
		assertThat(typesByCounty.get("420626")).doesNotContain(SiteType.WORKER_HOME);
		assertThat(sites.drafts).anySatisfy(site -> assertThat(site.types()).contains(SiteType.OUTDOOR_WORKER_STATION,
				SiteType.GIG_MARKET_STATION));
	}

	static final class Recorder implements ServiceSites {

		final List<SiteDraft> drafts = new ArrayList<>();

		@Override
		public Optional<SiteSummary> find(long id) {
			return Optional.empty();
		}

		@Override
		public List<SiteSummary> gigMarketStations(String regionPrefix) {
			return List.of();
		}

		@Override
		public List<Long> registerAll(List<SiteDraft> drafts) {
			this.drafts.addAll(drafts);
			return drafts.stream().map(d -> (long) this.drafts.indexOf(d)).toList();
		}

	}

}
