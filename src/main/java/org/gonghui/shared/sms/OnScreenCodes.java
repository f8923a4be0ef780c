package org.gonghui.shared.sms;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether one-time codes sent by SMS are also shown to whoever asked for them: one switch
 * ({@code gonghui.sms.show-codes}) for voting, team invitation and identity codes. Unset,
 * the older {@code gonghui.voting.show-codes} counts (a deployment that switched codes
 * off under that name keeps them off); both unset, it follows the demo mode, where no SMS
 * gateway exists and the visitor could not sign in otherwise.
 */
@Component
public class OnScreenCodes {

	private final boolean shown;

	OnScreenCodes(Environment environment) {
		Boolean show = environment.getProperty("gonghui.sms.show-codes", Boolean.class);
		if (show == null) {
			show = environment.getProperty("gonghui.voting.show-codes", Boolean.class);
		}
		this.shown = (show != null) ? show : demoMode(environment);
	}

	/** The same reading of {@code gonghui.demo} as the demo loader's. */
	private static boolean demoMode(Environment environment) {
		String demo = environment.getProperty("gonghui.demo", "");
		return StringUtils.hasText(demo) ? Boolean.parseBoolean(demo)
				: !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	public boolean shown() {
		return this.shown;
	}

}
