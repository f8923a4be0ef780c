package org.gonghui.assistance;

import java.util.EnumSet;
import java.util.Set;

/**
 * A household the list generator considers, with every group it belongs to (an active
 * hardship file's category, model worker, frontline worker, another list).
 *
 * @param householdId the household's identity: the same household is paid at most once
 * per campaign
 */
public record CampaignCandidate(long householdId, long memberId, long organisationId,
		Set<RecipientCategory> categories) {

	public CampaignCandidate {
		categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
	}

}
