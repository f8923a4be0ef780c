package org.gonghui.mutualaid.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;

import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberSummary;

/**
 * Which member a worker account speaks for in the portal: the platform's one link, kept
 * by the member module ({@link MemberDirectory#linkedTo}), so the account is the same
 * member in mutual aid, contests and hardship help. The worker links it once on 实名认证 (the
 * member module's page, with a code sent to the roster phone); mutual aid never links.
 */
@Service("mutualAidMemberLinks")
class MemberLinks {

	private final MemberDirectory members;

	MemberLinks(MemberDirectory members) {
		this.members = members;
	}

	Optional<MemberSummary> memberOf(long accountId) {
		return this.members.linkedTo(accountId);
	}

	/** The linked member; 403 {@code identity.link-required} without a link. */
	MemberSummary require(long accountId) {
		return this.members.requireLinked(accountId);
	}

}
