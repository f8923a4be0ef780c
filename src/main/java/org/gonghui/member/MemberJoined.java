package org.gonghui.member;

/** A member was entered on a union's roster (online joining, staff entry or import). */
public record MemberJoined(long memberId, long orgId) {
}
