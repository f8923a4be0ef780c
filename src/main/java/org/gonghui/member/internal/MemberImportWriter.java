package org.gonghui.member.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes checked import rows with PostgreSQL's COPY, the members and their history, on
 * the connection of the caller's transaction: a failure rolls back the whole file like
 * any other statement of it.
 */
@Component
class MemberImportWriter {

	private static final Logger log = LoggerFactory.getLogger(MemberImportWriter.class);

	static final String MEMBER_COPY = """
			copy member.member (id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date, gender, phone,
			    org_id, org_path, employer, joined_on, status, occupation, skill_level, new_employment_form)
			from stdin""";

	static final String EVENT_COPY = "copy member.membership_event (member_id, kind, to_org_id, actor_id) from stdin";

	private static final int FLUSH_BYTES = 256 * 1024;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	MemberImportWriter(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Writes every row of the slices, each member with its JOINED event.
	 * @param onWritten told the number of members written so far, after each slice
	 * @return the members written
	 */
	int write(List<MemberImportCheck.Encoded> slices, @Nullable Long actorId, IntConsumer onWritten) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An import is written in one transaction");
		}
		int total = slices.stream().mapToInt(MemberImportCheck.Encoded::rowCount).sum();
		if (total == 0) {
			return 0;
		}
		long started = System.nanoTime();
		long[] ids = ids(total);
		long numbered = System.nanoTime();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			CopyText buffer = new CopyText(FLUSH_BYTES + 64 * 1024);
			CopyIn members = copy.copyIn(MEMBER_COPY);
			try {
				int written = 0;
				for (MemberImportCheck.Encoded slice : slices) {
					int start = 0;
					for (int i = 0; i < slice.rowCount(); i++) {
						buffer.number(ids[written + i]).bytes(slice.lines(), start, slice.ends()[i]);
						start = slice.ends()[i];
						if (buffer.size() >= FLUSH_BYTES) {
							flush(members, buffer);
						}
					}
					written += slice.rowCount();
					flush(members, buffer);
					onWritten.accept(written);
				}
				members.endCopy();
			}
			finally {
				cancelIfActive(members);
			}
			long copied = System.nanoTime();
			CopyIn events = copy.copyIn(EVENT_COPY);
			try {
				int written = 0;
				for (MemberImportCheck.Encoded slice : slices) {
					for (int i = 0; i < slice.rowCount(); i++) {
						buffer.number(ids[written + i]).tab().ascii("JOINED").tab().number(slice.orgIds()[i]).tab();
						if (actorId == null) {
							buffer.nullValue();
						}
						else {
							buffer.number(actorId);
						}
						buffer.endRow();
						if (buffer.size() >= FLUSH_BYTES) {
							flush(events, buffer);
						}
					}
					written += slice.rowCount();
				}
				flush(events, buffer);
				events.endCopy();
			}
			finally {
				cancelIfActive(events);
			}
			log.info("Copied {} members: ids {} ms, members {} ms, history {} ms", total,
					(numbered - started) / 1_000_000, (copied - numbered) / 1_000_000,
					(System.nanoTime() - copied) / 1_000_000);
			return total;
		}
		catch (SQLException ex) {
			throw translate(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	// from the sequence, so that ids never clash with members entered meanwhile
	private long[] ids(int count) {
		long[] ids = new long[count];
		int[] next = { 0 };
		this.jdbc.query("select nextval('member.member_id_seq') from generate_series(1, ?)", rs -> {
			ids[next[0]++] = rs.getLong(1);
		}, count);
		if (next[0] != count) {
			throw new IllegalStateException("Expected " + count + " member ids, got " + next[0]);
		}
		return ids;
	}

	private static void flush(CopyIn copy, CopyText buffer) throws SQLException {
		if (buffer.size() > 0) {
			copy.writeToCopy(buffer.bytes(), 0, buffer.size());
			buffer.clear();
		}
	}

	private static void cancelIfActive(CopyIn copy) {
		if (copy.isActive()) {
			try {
				copy.cancelCopy();
			}
			catch (SQLException ex) {
				// the transaction is rolled back anyway
			}
		}
	}

	private DataAccessException translate(SQLException ex) {
		DataAccessException translated = this.jdbc.getExceptionTranslator().translate("COPY", null, ex);
		return (translated != null) ? translated : new DataAccessResourceFailureException(ex.getMessage(), ex);
	}

}
