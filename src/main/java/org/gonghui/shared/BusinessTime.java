package org.gonghui.shared;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Union business runs on Beijing time, whatever the server's zone: days, deadlines and
 * what pages show.
 */
public final class BusinessTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private BusinessTime() {
	}

	/** A stored instant as the wall-clock time a user in China reads. */
	public static LocalDateTime local(Timestamp timestamp) {
		return timestamp.toInstant().atZone(ZONE).toLocalDateTime();
	}

}
