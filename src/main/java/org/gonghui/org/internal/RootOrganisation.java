package org.gonghui.org.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An empty database gets the root of the union tree, to which the first administrator
 * belongs.
 */
@Component
@Order(10)
class RootOrganisation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RootOrganisation.class);

	private final OrganisationRepository organisations;

	private final OrganisationCommands commands;

	private final String rootName;

	RootOrganisation(OrganisationRepository organisations, OrganisationCommands commands,
			@Value("${gonghui.root-org-name:中华全国总工会}") String rootName) {
		this.organisations = organisations;
		this.commands = commands;
		this.rootName = rootName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.organisations.roots().isEmpty()) {
			log.info("Creating the root organisation {}", this.rootName);
			this.commands.createRoot(this.rootName);
		}
	}

}
