package org.gonghui.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gonghui.shared.security.DataScope;

/** What other modules may ask of the union tree. */
public interface OrgDirectory {

	Optional<OrgSummary> find(long id);

	/** The root of the tree, created at first start. */
	OrgSummary root();

	/**
	 * The federation that manages a region, for records that belong to no union (a gig
	 * post by an individual employer): a federation of that county, else of its city,
	 * else of its province, else the root. Where several federations share a region code
	 * the oldest is taken.
	 * @param regionCode a six-digit administrative division code (GB/T 2260)
	 */
	OrgSummary federationFor(String regionCode);

	/**
	 * The organisation if it lies inside {@code scope}, else empty (callers answer 404).
	 */
	Optional<OrgSummary> findWithin(DataScope scope, long id);

	/**
	 * Grassroots unions whose name contains {@code text}, for pickers (the portal's join
	 * form).
	 */
	List<OrgSummary> searchGrassroots(String text, int limit);

	/**
	 * Organisations in {@code scope} by exact name, for spreadsheet imports that name the
	 * union.
	 */
	Map<String, OrgSummary> findByNamesWithin(DataScope scope, List<String> names);

	/**
	 * Adjusts the member counts kept for the indicators, in the caller's transaction.
	 * @param deltas organisation id to change in active members
	 */
	void adjustMemberCounts(Map<Long, Integer> deltas);

	/**
	 * Registers an organisation under {@code parentId} on the system's behalf (demo data,
	 * bulk loads): the tree rules and the credit code are checked, the data scope is not.
	 */
	OrgSummary register(long parentId, NewOrganisation organisation);

	/**
	 * Registers an employer that has no union yet; it counts against the founding rate.
	 */
	void registerEnterprise(NewOrganisation.NewEnterprise enterprise);

}
