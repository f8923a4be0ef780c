package org.gonghui.shared.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

	@Bean
	PersonalDataCipher personalDataCipher(CryptoProperties properties, Environment environment) {
		if (StringUtils.hasText(properties.key()) && StringUtils.hasText(properties.hashKey())) {
			return new PersonalDataCipher(decode(properties.key()), decode(properties.hashKey()));
		}
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			throw new IllegalStateException(
					"使用外部数据库时必须配置 GONGHUI_CRYPTO_KEY 与 GONGHUI_CRYPTO_HASH_KEY（各 32 字节，Base64）");
		}
		return devCipher(Path.of(properties.devKeyFile()));
	}

	private static PersonalDataCipher devCipher(Path file) {
		try {
			Properties keys = new Properties();
			if (Files.exists(file)) {
				try (Reader reader = Files.newBufferedReader(file)) {
					keys.load(reader);
				}
			}
			else {
				SecureRandom random = new SecureRandom();
				keys.setProperty("key", randomKey(random));
				keys.setProperty("hash-key", randomKey(random));
				Files.createDirectories(file.toAbsolutePath().getParent());
				try (Writer writer = Files.newBufferedWriter(file)) {
					keys.store(writer, "Development keys for personal data; never use in production");
				}
				log.warn("Generated development keys for personal data in {}", file.toAbsolutePath());
			}
			return new PersonalDataCipher(decode(keys.getProperty("key")), decode(keys.getProperty("hash-key")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String randomKey(SecureRandom random) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static byte[] decode(String base64) {
		return Base64.getDecoder().decode(base64.strip());
	}

}
