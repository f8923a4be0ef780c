package org.gonghui.shared.db;

import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.shared.crypto.PersonalDataCipher;

/**
 * Documents uploaded before their module encrypted them at rest are kept in plain bytes
 * with {@code encrypted = false}. This seals them with the personal-data key one at a
 * time, each in its own transaction, skipping rows another node is sealing, so it can run
 * at every start-up beside live traffic and ends once none are left.
 */
public final class LegacyDocuments {

	private static final Logger log = LoggerFactory.getLogger(LegacyDocuments.class);

	private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.[a-z_]+");

	/**
	 * One document per transaction: a document may be 10 MB, held twice while it is
	 * sealed.
	 */
	private static final int BATCH = 1;

	private LegacyDocuments() {
	}

	/**
	 * Encrypts {@code content} of every row of {@code table} (with a primary key
	 * {@code id}, {@code content bytea}, {@code encrypted boolean}) still stored in plain
	 * bytes.
	 * @return the number of rows sealed
	 */
	public static int seal(JdbcClient jdbc, TransactionTemplate transactions, PersonalDataCipher cipher, String table) {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("Not a schema-qualified table name: " + table);
		}
		int sealed = 0;
		while (true) {
			Integer batch = transactions.execute((status) -> {
				List<Plain> rows = jdbc
					.sql("select id, content from " + table + " where not encrypted order by id limit " + BATCH
							+ " for update skip locked")
					.query((rs, n) -> new Plain(rs.getObject(1), rs.getBytes(2)))
					.list();
				for (Plain row : rows) {
					jdbc.sql("update " + table + " set content = :content, encrypted = true where id = :id")
						.param("content", cipher.encryptBytes(row.content()))
						.param("id", row.id())
						.update();
				}
				return rows.size();
			});
			if (batch == null || batch == 0) {
				return sealed;
			}
			sealed += batch;
		}
	}

	/**
	 * Seals {@code table} on a thread of its own, so that start-up does not wait for it;
	 * a failure is logged and the next start retries.
	 */
	public static void sealInBackground(JdbcClient jdbc, TransactionTemplate transactions, PersonalDataCipher cipher,
			String table) {
		Thread sealer = new Thread(() -> {
			try {
				int sealed = seal(jdbc, transactions, cipher, table);
				if (sealed > 0) {
					log.info("Encrypted {} documents stored before encryption at rest ({})", sealed, table);
				}
			}
			catch (RuntimeException ex) {
				log.warn(
						"Encrypting the documents stored before encryption at rest failed ({}); the next start retries",
						table, ex);
			}
		}, "document-sealing-" + table);
		sealer.setDaemon(true);
		sealer.start();
	}

	private record Plain(Object id, byte[] content) {
	}

}
