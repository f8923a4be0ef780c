package org.gonghui.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import jobs. Every write commits on its own (REQUIRES_NEW), so progress shows while
 * the members themselves are written in one long transaction, and a failure is recorded
 * even though that transaction rolled back.
 */
@Repository
class MemberImportJobs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<StoredError>> ERRORS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, filename, status, total_rows, processed_rows, imported_rows, error_count, message,
			message_args::text as message_args, created_by, scope_org_id, created_at, finished_at""";

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	MemberImportJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void create(UUID id, String filename, byte[] file, long createdBy, long scopeOrgId) {
		this.own.executeWithoutResult(status -> this.jdbc.sql("""
				insert into member.import_job (id, filename, status, file, created_by, scope_org_id)
				values (:id, :filename, 'PENDING', :file, :createdBy, :scopeOrgId)""")
			.param("id", id)
			.param("filename", filename)
			.param("file", file)
			.param("createdBy", createdBy)
			.param("scopeOrgId", scopeOrgId)
			.update());
	}

	Optional<Stored> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from member.import_job where id = :id")
			.param("id", id)
			.query(MemberImportJobs::map)
			.optional();
	}

	List<Stored> createdBy(long accountId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from member.import_job where created_by = :account order by created_at desc limit :limit")
			.param("account", accountId)
			.param("limit", limit)
			.query(MemberImportJobs::map)
			.list();
	}

	Optional<byte[]> file(UUID id) {
		return this.jdbc.sql("select file from member.import_job where id = :id and file is not null")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/** The first {@code limit} errors, or all of them when {@code limit} is negative. */
	List<MemberImportError> errors(UUID id, int limit) {
		String json = this.jdbc
			.sql("""
					select coalesce(jsonb_agg(e order by n), '[]')::text from (
					    select e, n from member.import_job j, jsonb_array_elements(coalesce(j.errors, '[]')) with ordinality t(e, n)
					    where j.id = :id order by n limit :limit) first""")
			.param("id", id)
			.param("limit", limit < 0 ? null : limit)
			.query(String.class)
			.single();
		return JSON.readValue(json, ERRORS).stream().map(StoredError::error).toList();
	}

	void progress(UUID id, MemberImportStatus status, int totalRows, int processedRows, int importedRows) {
		this.own.executeWithoutResult(tx -> this.jdbc.sql("""
				update member.import_job set status = :status, total_rows = :total, processed_rows = :processed,
				       imported_rows = :imported, heartbeat_at = now()
				where id = :id""")
			.param("id", id)
			.param("status", status.name())
			.param("total", totalRows)
			.param("processed", processedRows)
			.param("imported", importedRows)
			.update());
	}

	/**
	 * Ends the job; the uploaded file is dropped, since it holds ID numbers in the clear.
	 */
	void finish(UUID id, MemberImportStatus status, int importedRows, List<MemberImportError> errors,
			@Nullable String messageKey, List<String> messageArgs) {
		this.own.executeWithoutResult(tx -> this.jdbc.sql("""
				update member.import_job set status = :status, imported_rows = :imported, error_count = :errorCount,
				       errors = cast(:errors as jsonb), message = :message, message_args = cast(:args as jsonb),
				       file = null, finished_at = now(), heartbeat_at = now()
				where id = :id""")
			.param("id", id)
			.param("status", status.name())
			.param("imported", importedRows)
			.param("errorCount", errors.size())
			.param("errors",
					errors.isEmpty() ? null : JSON.writeValueAsString(errors.stream().map(StoredError::of).toList()))
			.param("message", messageKey)
			.param("args", messageArgs.isEmpty() ? null : JSON.writeValueAsString(messageArgs))
			.update());
	}

	/** Marks the job done in the caller's transaction, the one that wrote its members. */
	void succeed(UUID id, int importedRows) {
		this.jdbc.sql("""
				update member.import_job set status = 'SUCCEEDED', imported_rows = :imported, error_count = 0,
				       message = 'member.import.succeeded', message_args = cast(:args as jsonb), file = null,
				       finished_at = now(), heartbeat_at = now()
				where id = :id""")
			.param("id", id)
			.param("imported", importedRows)
			.param("args", JSON.writeValueAsString(List.of(String.valueOf(importedRows))))
			.update();
	}

	/**
	 * Fails the jobs whose worker stopped beating: the node died or restarted mid-way.
	 */
	int failAbandoned(int minutes, String messageKey) {
		return this.own.execute(tx -> this.jdbc.sql("""
				update member.import_job set status = 'FAILED', message = :message, file = null, finished_at = now()
				where status in ('PENDING', 'VALIDATING', 'IMPORTING')
				  and heartbeat_at < now() - make_interval(mins => :minutes)""")
			.param("message", messageKey)
			.param("minutes", minutes)
			.update());
	}

	private static Stored map(ResultSet rs, int row) throws SQLException {
		String args = rs.getString("message_args");
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Stored(rs.getObject("id", UUID.class), rs.getString("filename"),
				MemberImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"),
				rs.getInt("processed_rows"), rs.getInt("imported_rows"), rs.getInt("error_count"),
				rs.getString("message"),
				args == null ? List.of() : JSON.readValue(args, new TypeReference<List<String>>() {
				}), rs.getLong("created_by"), rs.getLong("scope_org_id"), rs.getTimestamp("created_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}

	record Stored(UUID id, String filename, MemberImportStatus status, int totalRows, int processedRows,
			int importedRows, int errorCount, @Nullable String message, List<String> messageArgs, long createdBy,
			long scopeOrgId, java.time.Instant createdAt, java.time.@Nullable Instant finishedAt) {
	}

	// the jsonb shape: {"row":3,"column":"身份证号","key":"id-number.check-digit","args":[]}
	record StoredError(int row, String column, String key, List<String> args) {

		static StoredError of(MemberImportError error) {
			return new StoredError(error.row(), error.column(), error.key(), error.args());
		}

		MemberImportError error() {
			return new MemberImportError(this.row, this.column, this.key, this.args == null ? List.of() : this.args);
		}

	}

}
