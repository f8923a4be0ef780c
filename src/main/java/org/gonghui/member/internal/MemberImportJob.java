package org.gonghui.member.internal;

import java.util.UUID;

/** An upload accepted for import; it is processed in the background. */
public record MemberImportJob(UUID id, MemberImportStatus status) {
}
