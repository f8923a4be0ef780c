package org.gonghui.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded cluster per data directory per JVM: test contexts that Spring builds more
 * than once share it instead of each starting its own.
 */
public final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
		Path directory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(directory, dir -> launch(dir, properties));
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	private static EmbeddedDatabase launch(Path directory, EmbeddedDatabaseProperties properties) {
		try {
			Files.createDirectories(directory);
			stopOrphanedPostmaster(directory);
			if (properties.clean()) {
				deleteContents(directory);
			}
			String durable = properties.durable() ? "on" : "off";
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(properties.clean())
				.setPGStartupWait(Duration.ofSeconds(60))
				// zonky's defaults trade durability for speed; a user's data must survive
				// a crash
				.setServerConfig("fsync", durable)
				.setServerConfig("synchronous_commit", durable)
				.setServerConfig("full_page_writes", durable)
				.setServerConfig("max_connections", "200")
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
			return new EmbeddedDatabase(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法启动内置 PostgreSQL: " + directory, ex);
		}
	}

	/**
	 * After a {@code kill -9} of the application its postmaster keeps running and holds
	 * the data directory; stop it so this start can take the directory over.
	 */
	private static void stopOrphanedPostmaster(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of);
		if (postmaster.isEmpty() || !postmaster.get().isAlive()
				|| !postmaster.get().info().command().orElse("").contains("postgres")) {
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", process.pid());
		process.destroy();
		try {
			process.onExit().get(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
	}

	private static void deleteContents(Path directory) throws IOException {
		try (var paths = Files.walk(directory)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				if (!path.equals(directory)) {
					Files.delete(path);
				}
			}
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
