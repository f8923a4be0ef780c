package org.gonghui.account.internal;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import org.gonghui.org.OrgDirectory;
import org.gonghui.shared.security.Role;

/**
 * The first start creates {@code admin}: with GONGHUI_ADMIN_PASSWORD if set, else with a
 * random password printed once to the log. There is no default password.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountRepository accounts;

	private final AccountService service;

	private final OrgDirectory orgs;

	private final String configuredPassword;

	FirstAdministrator(AccountRepository accounts, AccountService service, OrgDirectory orgs,
			@Value("${gonghui.admin-password:${GONGHUI_ADMIN_PASSWORD:}}") String configuredPassword) {
		this.accounts = accounts;
		this.service = service;
		this.orgs = orgs;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.findByUsername("admin").isPresent()) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.configuredPassword);
		String password = generated ? randomPassword() : this.configuredPassword;
		this.service.create("admin", password, "系统管理员", Role.ADMIN, this.orgs.root().id());
		if (generated) {
			log.warn("""

					==========================================================
					 Created administrator 'admin' with password: {}
					 It is shown only this once; change it after signing in.
					==========================================================""", password);
		}
	}

	static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		// the policy wants a letter and a digit; make sure both are there
		return password.append('a').append(random.nextInt(10)).toString();
	}

}
