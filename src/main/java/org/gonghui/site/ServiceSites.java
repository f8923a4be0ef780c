package org.gonghui.site;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of the service sites. */
public interface ServiceSites {

	Optional<SiteSummary> find(long id);

	/**
	 * Active gig-market stations (零工市场站点) whose region code starts with
	 * {@code regionPrefix} ("4206" for 襄阳, "" for all), by name.
	 */
	List<SiteSummary> gigMarketStations(String regionPrefix);

	/**
	 * Registers sites on the system's behalf in one transaction (demo data, bulk loads):
	 * every field is checked, the data scope is not. Returns their ids in order.
	 * @throws org.gonghui.shared.web.GonghuiException if any draft is invalid; nothing is
	 * written then
	 */
	List<Long> registerAll(List<SiteDraft> drafts);

}
