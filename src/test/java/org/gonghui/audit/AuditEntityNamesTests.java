package org.gonghui.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page names each entry's record type in Chinese ({@code audit.entity.<type>});
 * a module that audits a new type without naming it shows staff the raw code.
 */
class AuditEntityNamesTests {

	private static final Pattern AUDITED_TYPE = Pattern
		.compile("AuditEntry\\.of\\(\\s*AuditAction\\.\\w+,\\s*\"([\\w-]+)\"");

	@Test
	void everyAuditedRecordTypeHasAChineseName() throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		Set<String> types = new TreeSet<>();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			sources = files.filter(file -> file.toString().endsWith(".java")).toList();
		}
		for (Path source : sources) {
			Matcher matcher = AUDITED_TYPE.matcher(Files.readString(source, StandardCharsets.UTF_8));
			while (matcher.find()) {
				types.add(matcher.group(1));
			}
		}
		assertThat(types).contains("member", "hardship-case", "site");
		assertThat(types).filteredOn(type -> messages.getProperty("audit.entity." + type) == null)
			.as("audited record types without audit.entity.<type> in messages.properties")
			.isEmpty();
	}

}
