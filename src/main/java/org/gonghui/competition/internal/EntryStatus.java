package org.gonghui.competition.internal;

enum EntryStatus {

	PENDING, ACCEPTED, REJECTED

}
