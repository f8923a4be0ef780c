package org.gonghui.shared.sms;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Logs read by operators show neither a whole mobile number nor a code at INFO. */
class LoggingSmsSenderTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingSmsSender.class);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Level level;

	@BeforeEach
	void capture() {
		this.level = this.logger.getLevel();
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	@AfterEach
	void release() {
		this.logger.detachAppender(this.appender);
		this.logger.setLevel(this.level);
	}

	@Test
	void infoNamesTheNumberMaskedAndNoCode() {
		this.logger.setLevel(Level.INFO);
		SmsSender sender = new LoggingSmsSender();

		sender.sendIdentityCode("13812341234", "482913");
		sender.sendVoteCode("13812341234", "482914", "初赛");
		sender.sendTeamInvitationCode("13812341234", "482915", "先锋队");

		List<String> lines = this.appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(lines).hasSize(3)
			.allSatisfy((line) -> assertThat(line).contains("138****1234")
				.doesNotContain("13812341234")
				.doesNotContain("48291"));
	}

	@Test
	void debugHasTheWholeText() {
		this.logger.setLevel(Level.DEBUG);

		new LoggingSmsSender().sendIdentityCode("13812341234", "482913");

		assertThat(this.appender.list).filteredOn((event) -> event.getLevel() == Level.DEBUG)
			.singleElement()
			.extracting(ILoggingEvent::getFormattedMessage)
			.asString()
			.contains("13812341234", "您正在进行工会会员实名认证，验证码 482913，5 分钟内有效。如非本人操作请忽略。");
	}

}
