package org.gonghui.mutualaid.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.mutualaid.ClaimComputation;
import org.gonghui.mutualaid.ClaimStatus;
import org.gonghui.mutualaid.ComputationLine;
import org.gonghui.mutualaid.Invoice;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/** Claims, their invoices, documents, the yearly-cap ledger and payouts. */
@Repository("mutualAidClaims")
class Claims {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String SELECT = """
			select c.id, c.plan_id, p.name as plan_name, c.year, c.member_id, c.member_name, c.org_id,
			       c.org_path::text as org_path, c.event_date, c.status, c.claimed_fen, c.payable_fen,
			       c.computation::text as computation, c.zero_reason, c.reason, c.submitted_by, c.submitted_at,
			       c.decided_at, o.paid_at, o.reference, c.version
			from mutualaid.claim c join mutualaid.plan p on p.id = c.plan_id
			left join mutualaid.payout o on o.claim_id = c.id\s""";

	private static final String WHERE = """
			where c.org_path <@ cast(:path as ltree)
			  and (cast(:status as text) is null or c.status = cast(:status as text))
			  and (cast(:plan as bigint) is null or c.plan_id = cast(:plan as bigint))
			  and (cast(:year as integer) is null or c.year = cast(:year as integer))
			  and (cast(:name as text) is null or c.member_name like cast(:name as text))""";

	private final JdbcClient jdbc;

	Claims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewClaimRow row) {
		long id = this.jdbc.sql("""
				insert into mutualaid.claim (plan_id, year, member_id, member_name, org_id, org_path, event_date,
				    diagnosis_code_cipher, diagnosis_cipher, status, claimed_fen, payable_fen, computation, zero_reason,
				    submitted_by)
				values (:plan, :year, :member, :name, :org, cast(:path as ltree), :event, :codeCipher, :diagnosisCipher,
				    'SUBMITTED', :claimed, :payable, cast(:computation as jsonb), :zeroReason, :by)
				returning id""")
			.param("plan", row.planId())
			.param("year", row.year())
			.param("member", row.memberId())
			.param("name", row.memberName())
			.param("org", row.orgId())
			.param("path", row.orgPath())
			.param("event", Date.valueOf(row.eventDate()))
			.param("codeCipher", row.diagnosisCodeCipher())
			.param("diagnosisCipher", row.diagnosisCipher())
			.param("claimed", row.claimed().fen())
			.param("payable", row.computation().payable().fen())
			.param("computation", linesJson(row.computation().lines()))
			.param("zeroReason", row.computation().zeroReasonKey())
			.param("by", row.submittedBy())
			.query(Long.class)
			.single();
		for (Invoice invoice : row.invoices()) {
			this.jdbc.sql("""
					insert into mutualaid.claim_invoice (claim_id, number, amount_fen, self_paid_fen)
					values (:claim, :number, :amount, :selfPaid)""")
				.param("claim", id)
				.param("number", invoice.number())
				.param("amount", invoice.amount().fen())
				.param("selfPaid", invoice.selfPaid().fen())
				.update();
		}
		return id;
	}

	Optional<ClaimRecord> find(long id) {
		return this.jdbc.sql(SELECT + "where c.id = :id").param("id", id).query(Claims::map).optional();
	}

	/** Locks the claim row for a decision. */
	Optional<ClaimRecord> findForUpdate(long id) {
		this.jdbc.sql("select id from mutualaid.claim where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional();
		return find(id);
	}

	List<ClaimRecord> ofMember(long memberId) {
		return this.jdbc.sql(SELECT + "where c.member_id = :member order by c.submitted_at desc")
			.param("member", memberId)
			.query(Claims::map)
			.list();
	}

	PageResponse<ClaimRecord> page(ClaimFilter filter, PageRequest request) {
		List<ClaimRecord> items = bind(
				this.jdbc.sql(SELECT + WHERE + " order by c.submitted_at desc, c.id desc limit :limit offset :offset"),
				filter)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Claims::map)
			.list();
		long total = bind(this.jdbc.sql("select count(*) from mutualaid.claim c " + WHERE), filter).query(Long.class)
			.single();
		return new PageResponse<>(items, request.page(), request.size(), total);
	}

	void forEach(ClaimFilter filter, Consumer<ClaimRecord> consumer) {
		try (var rows = bind(
				this.jdbc.sql(SELECT + WHERE + " order by c.submitted_at desc, c.id desc").withFetchSize(1000), filter)
			.query(Claims::map)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	List<Invoice> invoices(long claimId) {
		return this.jdbc.sql(
				"select number, amount_fen, self_paid_fen from mutualaid.claim_invoice where claim_id = :c order by id")
			.param("c", claimId)
			.query((rs, n) -> new Invoice(rs.getString(1), Money.ofFen(rs.getLong(2)), Money.ofFen(rs.getLong(3))))
			.list();
	}

	Ciphers diagnosis(long claimId) {
		return this.jdbc.sql("select diagnosis_code_cipher, diagnosis_cipher from mutualaid.claim where id = :id")
			.param("id", claimId)
			.query((rs, n) -> new Ciphers(rs.getBytes(1), rs.getBytes(2)))
			.single();
	}

	/**
	 * Creates the member's cap row for the year if needed and locks it until the
	 * transaction ends; returns what is already committed (approved or paid).
	 */
	Money lockCap(long memberId, long planId, int year) {
		this.jdbc.sql("""
				insert into mutualaid.cap_ledger (member_id, plan_id, year) values (:member, :plan, :year)
				on conflict do nothing""").param("member", memberId).param("plan", planId).param("year", year).update();
		return Money.ofFen(this.jdbc.sql("""
				select committed_fen from mutualaid.cap_ledger
				where member_id = :member and plan_id = :plan and year = :year for update""")
			.param("member", memberId)
			.param("plan", planId)
			.param("year", year)
			.query(Long.class)
			.single());
	}

	Money committed(long memberId, long planId, int year) {
		return Money.ofFen(this.jdbc.sql("""
				select coalesce(max(committed_fen), 0) from mutualaid.cap_ledger
				where member_id = :member and plan_id = :plan and year = :year""")
			.param("member", memberId)
			.param("plan", planId)
			.param("year", year)
			.query(Long.class)
			.single());
	}

	void commit(long memberId, long planId, int year, Money amount) {
		this.jdbc.sql("""
				update mutualaid.cap_ledger set committed_fen = committed_fen + :amount
				where member_id = :member and plan_id = :plan and year = :year""")
			.param("amount", amount.fen())
			.param("member", memberId)
			.param("plan", planId)
			.param("year", year)
			.update();
	}

	boolean approve(long id, int version, ClaimComputation computation, @Nullable Long by) {
		return this.jdbc
			.sql("""
					update mutualaid.claim set status = 'APPROVED', payable_fen = :payable, computation = cast(:lines as jsonb),
					    zero_reason = null, decided_by = :by, decided_at = now(), version = version + 1
					where id = :id and version = :version and status = 'SUBMITTED'""")
			.param("payable", computation.payable().fen())
			.param("lines", linesJson(computation.lines()))
			.param("by", by)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean reject(long id, int version, String reason, @Nullable Long by) {
		return this.jdbc.sql("""
				update mutualaid.claim set status = 'REJECTED', reason = :reason, decided_by = :by, decided_at = now(),
				    version = version + 1
				where id = :id and version = :version and status = 'SUBMITTED'""")
			.param("reason", reason)
			.param("by", by)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * Records the payout; the unique claim id makes a second one fail with a duplicate
	 * key.
	 */
	void insertPayout(ClaimRecord claim, @Nullable String reference, @Nullable Long by) {
		this.jdbc.sql("""
				insert into mutualaid.payout (claim_id, member_id, amount_fen, reference, paid_by)
				values (:claim, :member, :amount, :reference, :by)""")
			.param("claim", claim.id())
			.param("member", claim.memberId())
			.param("amount", claim.payable().fen())
			.param("reference", reference)
			.param("by", by)
			.update();
		this.jdbc.sql("update mutualaid.claim set status = 'PAID', version = version + 1 where id = :id")
			.param("id", claim.id())
			.update();
	}

	/** Stores sealed bytes; {@code size} is the original document's. */
	long insertDocument(long claimId, String kind, String filename, String contentType, int size, byte[] sealed) {
		return this.jdbc
			.sql("""
					insert into mutualaid.claim_document (claim_id, kind, filename, content_type, size_bytes, content, encrypted)
					values (:claim, :kind, :filename, :type, :size, :content, true) returning id""")
			.param("claim", claimId)
			.param("kind", kind)
			.param("filename", filename)
			.param("type", contentType)
			.param("size", size)
			.param("content", sealed)
			.query(Long.class)
			.single();
	}

	List<DocumentInfo> documents(long claimId) {
		return this.jdbc.sql("""
				select id, kind, filename, content_type, size_bytes, uploaded_at from mutualaid.claim_document
				where claim_id = :claim order by id""")
			.param("claim", claimId)
			.query((rs, n) -> new DocumentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	Optional<Document> document(long claimId, long documentId) {
		return this.jdbc.sql("""
				select filename, content_type, content, encrypted from mutualaid.claim_document
				where claim_id = :claim and id = :id""")
			.param("claim", claimId)
			.param("id", documentId)
			.query((rs, n) -> new Document(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBoolean(4)))
			.optional();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ClaimFilter filter) {
		return spec.param("path", filter.orgPath())
			.param("status", filter.status() == null ? null : filter.status().name())
			.param("plan", filter.planId())
			.param("year", filter.year())
			.param("name", Texts.likePrefix(filter.namePrefix()));
	}

	static ClaimRecord map(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		Timestamp paid = rs.getTimestamp("paid_at");
		Long submittedBy = rs.getObject("submitted_by", Long.class);
		return new ClaimRecord(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_name"), rs.getInt("year"),
				rs.getLong("member_id"), rs.getString("member_name"), rs.getLong("org_id"), rs.getString("org_path"),
				rs.getDate("event_date").toLocalDate(), ClaimStatus.valueOf(rs.getString("status")),
				Money.ofFen(rs.getLong("claimed_fen")), Money.ofFen(rs.getLong("payable_fen")),
				parseLines(rs.getString("computation")), rs.getString("zero_reason"), rs.getString("reason"),
				submittedBy, rs.getTimestamp("submitted_at").toInstant(), decided == null ? null : decided.toInstant(),
				paid == null ? null : paid.toInstant(), rs.getString("reference"), rs.getInt("version"));
	}

	static String linesJson(List<ComputationLine> lines) {
		List<Map<String, @Nullable Object>> rows = new ArrayList<>();
		for (ComputationLine line : lines) {
			Map<String, @Nullable Object> row = new LinkedHashMap<>();
			row.put("key", line.labelKey());
			row.put("args", line.args());
			row.put("fen", line.amount() == null ? null : line.amount().fen());
			rows.add(row);
		}
		return JSON.writeValueAsString(rows);
	}

	@SuppressWarnings("unchecked")
	static List<ComputationLine> parseLines(String json) {
		List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
		});
		List<ComputationLine> lines = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Object fen = row.get("fen");
			lines.add(new ComputationLine((String) row.get("key"), (List<String>) row.get("args"),
					fen == null ? null : Money.ofFen(((Number) fen).longValue())));
		}
		return lines;
	}

	record NewClaimRow(long planId, int year, long memberId, String memberName, long orgId, String orgPath,
			java.time.LocalDate eventDate, byte[] diagnosisCodeCipher, byte[] diagnosisCipher, Money claimed,
			ClaimComputation computation, List<Invoice> invoices, @Nullable Long submittedBy) {
	}

	record Ciphers(byte[] code, byte[] diagnosis) {
	}

	record ClaimFilter(String orgPath, @Nullable ClaimStatus status, @Nullable Long planId, @Nullable Integer year,
			@Nullable String namePrefix) {
	}

	record DocumentInfo(long id, String kind, String filename, String contentType, int size,
			java.time.Instant uploadedAt) {
	}

	/** A stored document; {@code content} is sealed when {@code encrypted}. */
	record Document(String filename, String contentType, byte[] content, boolean encrypted) {
	}

}
