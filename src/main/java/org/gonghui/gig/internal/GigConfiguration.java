package org.gonghui.gig.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gonghui.gig.ChineseSegmenter;

@Configuration(proxyBeanMethods = false)
class GigConfiguration {

	/** One analyzer for the whole application: loading smartcn's dictionary is slow. */
	@Bean
	ChineseSegmenter chineseSegmenter() {
		return new ChineseSegmenter();
	}

}
