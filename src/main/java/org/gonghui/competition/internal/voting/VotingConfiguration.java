package org.gonghui.competition.internal.voting;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import org.gonghui.shared.web.ProblemResponses;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VotingProperties.class)
class VotingConfiguration {

	/**
	 * Ahead of every other filter (the session, security and observation filters
	 * included): what it does not take, it passes on untouched.
	 */
	@Bean
	FilterRegistrationBean<VoteCastFilter> voteCastFilter(BallotService service, ProblemResponses problems,
			JsonMapper json, ObjectProvider<MeterRegistry> meters) {
		FilterRegistrationBean<VoteCastFilter> registration = new FilterRegistrationBean<>(
				new VoteCastFilter(service, problems, json, meters.getIfAvailable()));
		registration.addUrlPatterns(VoteCastFilter.PREFIX + "*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
