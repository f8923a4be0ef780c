package org.gonghui.member;

import java.util.Map;
import java.util.UUID;

/**
 * A spreadsheet import entered many members at once: one event for the whole file rather
 * than a {@link MemberJoined} per row, which would be 100,000 events for one upload.
 *
 * @param countsByOrg grassroots union id to the number of members entered on its roster
 */
public record MembersImported(UUID jobId, Map<Long, Integer> countsByOrg) {

	public MembersImported {
		countsByOrg = Map.copyOf(countsByOrg);
	}

	public int total() {
		return this.countsByOrg.values().stream().mapToInt(Integer::intValue).sum();
	}

}
