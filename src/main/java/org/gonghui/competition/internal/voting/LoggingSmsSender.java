package org.gonghui.competition.internal.voting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the code to the log instead of sending it: for development and the demo. */
class LoggingSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

	@Override
	public void sendVoteCode(String mobile, String code, String roundName) {
		log.info("SMS to {}: 【工会】您正在为“{}”投票，验证码 {}，5 分钟内有效。", mobile, roundName, code);
	}

	@Override
	public void sendTeamInvitationCode(String mobile, String code, String teamName) {
		log.info("SMS to {}: 【工会】您正在确认加入“{}”队参赛，验证码 {}，5 分钟内有效。如非本人操作请忽略。", mobile, teamName, code);
	}

}
