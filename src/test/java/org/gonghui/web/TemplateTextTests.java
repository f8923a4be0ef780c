package org.gonghui.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a page shows comes from a message bundle (after spring-petclinic's
 * {@code I18nPropertiesSyncTest}): no Chinese written into a template, and every
 * {@code #{key}} a template uses exists in one of the bundles
 * {@code spring.messages.basename} names.
 */
class TemplateTextTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Path TEMPLATES = RESOURCES.resolve("templates");

	static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");

	static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	/**
	 * An element whose th:text or th:utext replaces its body: what is written inside is a
	 * prototype never shown, so it is not counted.
	 */
	static final Pattern REPLACED_BODY = Pattern
		.compile("(<([\\w:-]+)\\s[^<>]*\\bth:u?text\\s*=\\s*\"[^\"]*\"[^<>]*>)([^<]*)(</\\2>)");

	static final Pattern LITERAL_KEY = Pattern.compile("#\\{\\s*([\\w.-]+)\\s*[(}]");

	static final Pattern KEY_PREFIX = Pattern.compile("#\\{\\s*'([\\w.-]+)'\\s*\\+");

	@Test
	void templatesTakeEveryChineseTextFromTheMessageBundles() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String text = stripped(Files.readString(template));
			String[] lines = text.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				Matcher cjk = CJK.matcher(lines[i]);
				while (cjk.find()) {
					found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + " " + cjk.group());
				}
			}
		}
		assertThat(found).as("Chinese text written into templates; use #{key} from a message bundle").isEmpty();
	}

	@Test
	void everyMessageKeyATemplateUsesExists() throws IOException {
		Set<String> keys = bundleKeys();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			Matcher literal = LITERAL_KEY.matcher(text);
			while (literal.find()) {
				if (!keys.contains(literal.group(1))) {
					missing.add(TEMPLATES.relativize(template) + " #{" + literal.group(1) + "}");
				}
			}
			Matcher prefix = KEY_PREFIX.matcher(text);
			while (prefix.find()) {
				String start = prefix.group(1);
				if (keys.stream().noneMatch(key -> key.startsWith(start))) {
					missing.add(TEMPLATES.relativize(template) + " #{'" + start + "' + …}");
				}
			}
		}
		assertThat(missing).as("message keys used in templates but in no bundle").isEmpty();
	}

	@Test
	void everyModuleBundleIsRegistered() throws IOException {
		Set<String> registered = new HashSet<>(basenames());
		List<String> unregistered = new ArrayList<>();
		try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
			files.map(file -> "i18n/" + file.getFileName().toString().replaceFirst("(_[a-zA-Z]+)*\\.properties$", ""))
				.filter(name -> !registered.contains(name))
				.forEach(unregistered::add);
		}
		assertThat(unregistered).as("bundles under i18n/ missing from spring.messages.basename").isEmpty();
	}

	/**
	 * A key defined twice shadows silently: within a file the later line wins, across
	 * bundles the first basename does, so one of the two texts is never shown.
	 */
	@Test
	void everyKeyIsDefinedOnceAcrossTheBundles() throws IOException {
		Set<String> seen = new HashSet<>();
		List<String> duplicates = new ArrayList<>();
		for (String basename : basenames()) {
			Path bundle = RESOURCES.resolve(basename + ".properties");
			for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
					continue;
				}
				String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
				if (!seen.add(key)) {
					duplicates.add(basename + ": " + key);
				}
			}
		}
		assertThat(duplicates).as("message keys defined more than once").isEmpty();
	}

	/** Comments and the prototype bodies of elements whose text is replaced. */
	static String stripped(String template) {
		String text = COMMENT.matcher(template).replaceAll(match -> "\n".repeat(newlines(match.group())));
		return REPLACED_BODY.matcher(text)
			.replaceAll(match -> Matcher
				.quoteReplacement(match.group(1) + "\n".repeat(newlines(match.group(3))) + match.group(4)));
	}

	private static int newlines(String text) {
		return (int) text.chars().filter(c -> c == '\n').count();
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	static List<String> basenames() throws IOException {
		Properties application = load(RESOURCES.resolve("application.properties"));
		return Arrays.stream(application.getProperty("spring.messages.basename", "messages").split(","))
			.map(String::strip)
			.toList();
	}

	/** The keys of every registered bundle, in every language present. */
	static Set<String> bundleKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String basename : basenames()) {
			Path bundle = RESOURCES.resolve(basename + ".properties");
			Path folder = bundle.getParent();
			String prefix = bundle.getFileName().toString().replace(".properties", "");
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files
					.filter(file -> file.getFileName()
						.toString()
						.matches(Pattern.quote(prefix) + "(_[a-zA-Z]+)*\\.properties"))
					.toList()) {
					keys.addAll(load(file).stringPropertyNames());
				}
			}
		}
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
