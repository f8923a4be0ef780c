package org.gonghui.member.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes checked import rows with PostgreSQL's COPY, the members and their history, on
 * the connection of the caller's transaction: a failure, or a bad row found later in the
 * file, rolls back the whole file like any other statement of it.
 * <p>
 * The roster counts (member.roster_count, V3_4) are not kept slice by slice: a COPY would
 * lock its counties' count rows until the file commits, holding up every registration
 * there and, with another import taking the counties in another order, deadlocking. The
 * session defers them for its transaction (V3_6) and adds the file's counts in one
 * statement, in key order, when it is done ({@link Session#addRosterCounts()}).
 */
@Component
class MemberImportWriter {

	private static final Logger log = LoggerFactory.getLogger(MemberImportWriter.class);

	static final String MEMBER_COPY = """
			copy member.member (id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date, gender, phone,
			    org_id, org_path, employer, joined_on, status, occupation, skill_level, new_employment_form)
			from stdin""";

	static final String EVENT_COPY = "copy member.membership_event (member_id, kind, to_org_id, actor_id) from stdin";

	/** Leaves this transaction's member changes uncounted by the triggers (V3_6). */
	static final String DEFER_ROSTER_COUNTS = "set local gonghui.defer_roster_counts = 'on'";

	/** Counts the members whose ids lie in the given runs, first to last. */
	static final String ADD_ROSTER_COUNTS = """
			select member.add_roster_counts(array(
			    select (m.scope_key, left(m.name, 1), m.status, m.new_employment_form, count(*))::member.roster_count
			      from unnest(?::bigint[], ?::bigint[]) r(first_id, last_id)
			      join member.member m on m.id between r.first_id and r.last_id
			     group by m.scope_key, left(m.name, 1), m.status, m.new_employment_form))""";

	private static final int FLUSH_BYTES = 256 * 1024;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	MemberImportWriter(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Starts writing in the caller's transaction; close the session in any case. */
	Session open(@Nullable Long actorId) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An import is written in one transaction");
		}
		return new Session(actorId);
	}

	/** One file's members, written slice by slice as they are found good. */
	final class Session implements AutoCloseable {

		private final @Nullable Long actorId;

		private final Connection connection;

		private final CopyText buffer = new CopyText(FLUSH_BYTES + 64 * 1024);

		private @Nullable CopyIn open;

		private int written;

		private long copyNanos;

		// the ids written, as runs of consecutive ids: the first and last id of run i
		private long[] runFirst = new long[16];

		private long[] runLast = new long[16];

		private int runs;

		private boolean counted;

		private Session(@Nullable Long actorId) {
			this.actorId = actorId;
			this.connection = DataSourceUtils.getConnection(MemberImportWriter.this.dataSource);
			try (Statement statement = this.connection.createStatement()) {
				statement.execute(DEFER_ROSTER_COUNTS);
			}
			catch (SQLException ex) {
				DataSourceUtils.releaseConnection(this.connection, MemberImportWriter.this.dataSource);
				throw translate(ex);
			}
			// should a caller commit without adding them, the counts still go in with the
			// members
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					if (!Session.this.counted) {
						addRosterCounts();
					}
				}
			});
		}

		int written() {
			return this.written;
		}

		/**
		 * Writes a slice's members and their history: two short COPYs, since one
		 * connection runs one at a time.
		 */
		void write(MemberImportCheck.Encoded slice) {
			long started = System.nanoTime();
			try {
				long[] ids = ids(slice.rowCount());
				CopyManager copy = copyManager();
				CopyIn members = copy.copyIn(MEMBER_COPY);
				this.open = members;
				int start = 0;
				for (int i = 0; i < slice.rowCount(); i++) {
					this.buffer.number(ids[i]).bytes(slice.lines(), start, slice.ends()[i]);
					start = slice.ends()[i];
					if (this.buffer.size() >= FLUSH_BYTES) {
						flush(members, this.buffer);
					}
				}
				flush(members, this.buffer);
				members.endCopy();
				CopyIn events = copy.copyIn(EVENT_COPY);
				this.open = events;
				for (int i = 0; i < slice.rowCount(); i++) {
					this.buffer.number(ids[i]).tab().ascii("JOINED").tab().number(slice.orgIds()[i]).tab();
					if (this.actorId == null) {
						this.buffer.nullValue();
					}
					else {
						this.buffer.number(this.actorId);
					}
					this.buffer.endRow();
				}
				flush(events, this.buffer);
				events.endCopy();
				this.open = null;
				this.written += slice.rowCount();
				remember(ids);
			}
			catch (SQLException ex) {
				throw translate(ex);
			}
			finally {
				this.buffer.clear();
				this.copyNanos += System.nanoTime() - started;
			}
		}

		/** The members written; logs what the writing cost. */
		int finish() {
			log.info("Copied {} members with their history in {} ms, alongside the checks", this.written,
					this.copyNanos / 1_000_000);
			return this.written;
		}

		/**
		 * Adds the members written to the roster counts, in one statement: call it last
		 * before the transaction commits, since the counties' count rows stay locked from
		 * here to the commit.
		 */
		void addRosterCounts() {
			if (this.counted) {
				throw new IllegalStateException("The roster counts of this import are added already");
			}
			this.counted = true;
			if (this.runs == 0) {
				return;
			}
			long started = System.nanoTime();
			try (var statement = this.connection.prepareStatement(ADD_ROSTER_COUNTS)) {
				PGConnection pg = this.connection.unwrap(PGConnection.class);
				statement.setArray(1, pg.createArrayOf("int8", Arrays.copyOf(this.runFirst, this.runs)));
				statement.setArray(2, pg.createArrayOf("int8", Arrays.copyOf(this.runLast, this.runs)));
				statement.execute();
			}
			catch (SQLException ex) {
				throw translate(ex);
			}
			log.info("Added {} members ({} id runs) to the roster counts in {} ms", this.written, this.runs,
					(System.nanoTime() - started) / 1_000_000);
		}

		/** Gives up a COPY still open (a bad row was found); the caller rolls back. */
		@Override
		public void close() {
			if (this.open != null) {
				cancelIfActive(this.open);
				this.open = null;
			}
			DataSourceUtils.releaseConnection(this.connection, MemberImportWriter.this.dataSource);
		}

		private void remember(long[] ids) {
			for (long id : ids) {
				if (this.runs > 0 && this.runLast[this.runs - 1] == id - 1) {
					this.runLast[this.runs - 1] = id;
					continue;
				}
				if (this.runs == this.runFirst.length) {
					this.runFirst = Arrays.copyOf(this.runFirst, this.runs * 2);
					this.runLast = Arrays.copyOf(this.runLast, this.runs * 2);
				}
				this.runFirst[this.runs] = id;
				this.runLast[this.runs] = id;
				this.runs++;
			}
		}

		private CopyManager copyManager() throws SQLException {
			return this.connection.unwrap(PGConnection.class).getCopyAPI();
		}

		// from the sequence, so that ids never clash with members entered meanwhile; on a
		// connection of its own, since the transaction's is busy with the COPY (sequences
		// are not transactional anyway)
		private long[] ids(int count) throws SQLException {
			long[] ids = new long[count];
			int next = 0;
			try (Connection own = MemberImportWriter.this.dataSource.getConnection();
					var statement = own
						.prepareStatement("select nextval('member.member_id_seq') from generate_series(1, ?)")) {
				statement.setInt(1, count);
				try (var rs = statement.executeQuery()) {
					while (rs.next()) {
						ids[next++] = rs.getLong(1);
					}
				}
			}
			if (next != count) {
				throw new IllegalStateException("Expected " + count + " member ids, got " + next);
			}
			return ids;
		}

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
