package org.gonghui.shared.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys for personal data, base64 (32 bytes each). When unset on the embedded default, a
 * development key pair is generated once and kept in {@code devKeyFile}.
 */
@ConfigurationProperties("gonghui.crypto")
public record CryptoProperties(@DefaultValue("") String key, @DefaultValue("") String hashKey,
		@DefaultValue("./data/dev-crypto.keys") String devKeyFile) {
}
