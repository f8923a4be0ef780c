package org.gonghui.shared.sms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsSender.class)
	SmsSender loggingSmsSender() {
		return new LoggingSmsSender();
	}

}
