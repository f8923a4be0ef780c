package org.gonghui.site.internal;

import java.util.List;

import org.springframework.stereotype.Service;

/** The public search: nearest (or by region), open now, with the facilities asked for. */
@Service
class SiteSearch {

	private final SiteRepository sites;

	SiteSearch(SiteRepository sites) {
		this.sites = sites;
	}

	List<PublicSiteView> search(SiteQuery query) {
		return this.sites.search(query)
			.stream()
			.map(hit -> PublicSiteView.of(hit.site(), hit.distanceMetres(), query.at()))
			.toList();
	}

}
