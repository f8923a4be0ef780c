package org.gonghui.gig;

import java.time.Duration;
import java.time.LocalDateTime;

/** A stretch of local (China Standard) time, start inclusive, end exclusive. */
public record TimeWindow(LocalDateTime start, LocalDateTime end) {

	public TimeWindow {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("window must end after it starts: " + start + " – " + end);
		}
	}

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

}
