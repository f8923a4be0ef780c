package org.gonghui.member;

/** A member's membership moved from one union to another (会员关系接转). */
public record MemberTransferred(long memberId, long fromOrgId, long toOrgId) {
}
