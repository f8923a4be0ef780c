package org.gonghui.competition.internal.voting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VotingProperties.class)
class VotingConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsSender.class)
	SmsSender loggingSmsSender() {
		return new LoggingSmsSender();
	}

}
