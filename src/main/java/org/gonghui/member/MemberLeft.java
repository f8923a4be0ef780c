package org.gonghui.member;

/** A member left the union. */
public record MemberLeft(long memberId, long orgId) {
}
