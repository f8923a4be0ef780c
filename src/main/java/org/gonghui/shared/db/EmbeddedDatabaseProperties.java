package org.gonghui.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code GONGHUI_DB_URL} is set.
 *
 * @param dataDirectory where the cluster lives; kept between runs unless {@code clean}
 * @param clean wipe the directory at start (tests)
 * @param durable fsync and synchronous commit on; off only for throwaway test clusters
 */
@ConfigurationProperties("gonghui.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") String dataDirectory,
		@DefaultValue("false") boolean clean, @DefaultValue("true") boolean durable) {
}
