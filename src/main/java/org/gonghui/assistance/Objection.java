package org.gonghui.assistance;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An objection raised during the public notice, with its resolution once staff decide.
 *
 * @param number 1, 2, … within the case
 */
public record Objection(int number, String raisedBy, String content, LocalDate raisedOn, Status status,
		@Nullable String resolutionNote, @Nullable Instant resolvedAt) {

	public boolean isOpen() {
		return this.status == Status.OPEN;
	}

	Objection resolve(Status status, String note, Instant at) {
		return new Objection(this.number, this.raisedBy, this.content, this.raisedOn, status, note, at);
	}

	public enum Status {

		OPEN, DISMISSED, UPHELD

	}

}
