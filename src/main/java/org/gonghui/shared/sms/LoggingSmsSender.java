package org.gonghui.shared.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gonghui.shared.ident.MobileNumber;

/**
 * Writes the message to the log instead of sending it: for development and the demo.
 * Production logs are read by more people than the phone's owner, so INFO names the
 * number masked and no code; the text with the code is logged at DEBUG only.
 */
class LoggingSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

	@Override
	public void sendVoteCode(String mobile, String code, String roundName) {
		send("vote code", mobile, "【工会】您正在为“" + roundName + "”投票，验证码 " + code + "，5 分钟内有效。");
	}

	@Override
	public void sendTeamInvitationCode(String mobile, String code, String teamName) {
		send("team invitation code", mobile, "【工会】您正在确认加入“" + teamName + "”队参赛，验证码 " + code + "，5 分钟内有效。如非本人操作请忽略。");
	}

	@Override
	public void sendIdentityCode(String mobile, String code) {
		send("identity code", mobile, "【工会】您正在进行工会会员实名认证，验证码 " + code + "，5 分钟内有效。如非本人操作请忽略。");
	}

	private static void send(String kind, String mobile, String text) {
		log.info("SMS ({}) to {} logged, not sent: no SMS gateway configured", kind, MobileNumber.mask(mobile));
		log.debug("SMS to {}: {}", mobile, text);
	}

}
