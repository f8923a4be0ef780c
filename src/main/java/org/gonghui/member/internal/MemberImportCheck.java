package org.gonghui.member.internal;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.sheet.SheetRow;

/**
 * Checks a whole file; nothing of it is kept unless every row is good. The file is read
 * in slices; each slice is checked on a worker thread (every cell, the unions, the ID
 * numbers already on a roster in one lookup per slice) and, while no problem has been
 * found, encrypted and laid out for COPY there too. The slices are then taken in file
 * order to find ID numbers repeated within the file, and handed to the writer while all
 * is well. Every problem is kept, not just the first, so the clerk can fix the file in
 * one pass.
 */
final class MemberImportCheck {

	/** Rows per slice; also the size of one roster lookup. */
	static final int SLICE_ROWS = 4_000;

	private static final int UNION_LOOKUP_BATCH = 1_000;

	private final LocalDate today;

	private final Map<String, String> headers;

	private final DataScope scope;

	private final OrgDirectory orgs;

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final Executor workers;

	private final int maxPending;

	private final IntConsumer onChecked;

	private final Consumer<Encoded> onClean;

	// union names and roster holders repeat across slices: looked up once per job
	private final Map<String, Optional<OrgSummary>> unionsByName = new ConcurrentHashMap<>();

	private final Map<Long, String> unionNamesById = new ConcurrentHashMap<>();

	// once a problem is known nothing will be written: later slices skip the encryption
	private final AtomicBoolean anyProblem = new AtomicBoolean();

	private final Deque<CompletableFuture<Slice>> pending = new ArrayDeque<>();

	private final Map<String, Integer> firstRowByIdNumber = new HashMap<>();

	private final List<MemberImportError> errors = new ArrayList<>();

	private final Map<Long, Integer> countsByUnion = new TreeMap<>();

	private int rowCount;

	/**
	 * @param headers each field's header as written in the clerk's file
	 * @param parallelism how many slices may be checked at once
	 * @param onChecked told the number of rows checked so far, after each slice
	 * @param onClean given each slice, in file order, while no row up to its end has a
	 * problem: the writer can start before the last row is read, and the transaction it
	 * writes in is rolled back if a later row turns out bad
	 */
	MemberImportCheck(LocalDate today, Map<String, String> headers, DataScope scope, OrgDirectory orgs, JdbcClient jdbc,
			PersonalDataCipher cipher, Executor workers, int parallelism, IntConsumer onChecked,
			Consumer<Encoded> onClean) {
		this.today = today;
		this.headers = headers;
		this.scope = scope;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.workers = workers;
		// enough to keep the workers busy while the reader parses; bounded so that a
		// reader faster than the checks does not hold the whole file as parsed rows
		this.maxPending = parallelism + 2;
		this.onChecked = onChecked;
		this.onClean = onClean;
	}

	/** Queues a slice of rows, in file order; blocks while enough slices are queued. */
	void add(List<SheetRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.pending.add(CompletableFuture.supplyAsync(() -> check(rows), this.workers));
		while (!this.pending.isEmpty() && (this.pending.size() > this.maxPending || this.pending.peek().isDone())) {
			merge(join(this.pending.poll()));
		}
	}

	/** Waits for the queued slices; call once, after the last {@link #add}. */
	void finish() {
		while (!this.pending.isEmpty()) {
			merge(join(this.pending.poll()));
		}
	}

	int rowCount() {
		return this.rowCount;
	}

	boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** Every problem, by row; within a row in the order the columns were checked. */
	List<MemberImportError> errors() {
		return this.errors;
	}

	/** Members per grassroots union, once no row has an error. */
	Map<Long, Integer> countsByUnion() {
		return this.countsByUnion;
	}

	private Slice check(List<SheetRow> sheetRows) {
		ImportRowChecker checker = new ImportRowChecker(this.today, this.headers);
		List<ImportRow> rows = new ArrayList<>(sheetRows.size());
		for (SheetRow sheetRow : sheetRows) {
			rows.add(checker.check(sheetRow));
		}
		checkUnions(rows);
		checkRosters(rows);
		boolean clean = rows.stream().allMatch(row -> row.errorCount() == 0);
		if (!clean) {
			this.anyProblem.set(true);
		}
		return new Slice(rows, (clean && !this.anyProblem.get()) ? encode(rows) : null);
	}

	/** Each row's union must be a grassroots union inside the uploader's data scope. */
	private void checkUnions(List<ImportRow> rows) {
		Set<String> unknown = new LinkedHashSet<>();
		for (ImportRow row : rows) {
			if (row.unionName != null && !this.unionsByName.containsKey(row.unionName)) {
				unknown.add(row.unionName);
			}
		}
		List<String> names = new ArrayList<>(unknown);
		for (int start = 0; start < names.size(); start += UNION_LOOKUP_BATCH) {
			List<String> batch = names.subList(start, Math.min(names.size(), start + UNION_LOOKUP_BATCH));
			Map<String, OrgSummary> found = this.orgs.findByNamesWithin(this.scope, batch);
			batch.forEach(name -> this.unionsByName.put(name, Optional.ofNullable(found.get(name))));
		}
		String column = header(MemberSheets.UNION);
		for (ImportRow row : rows) {
			if (row.unionName == null) {
				continue;
			}
			OrgSummary union = this.unionsByName.get(row.unionName).orElse(null);
			if (union == null) {
				row.error(column, "member.import.union.not-found", row.unionName);
			}
			else if (union.type() != OrgType.GRASSROOTS_UNION) {
				row.error(column, "member.import.union.not-grassroots", row.unionName);
			}
			else {
				row.union = union;
			}
		}
	}

	/** One ID number is one member platform-wide: one keyed-hash lookup per slice. */
	private void checkRosters(List<ImportRow> rows) {
		List<byte[]> hashes = new ArrayList<>(rows.size());
		for (ImportRow row : rows) {
			if (row.idNumber != null) {
				row.idNumberHash = this.cipher.hash(row.idNumber.value());
				hashes.add(row.idNumberHash);
			}
		}
		if (hashes.isEmpty()) {
			return;
		}
		Map<ByteBuffer, Long> holders = new HashMap<>();
		// a join rather than "= any(:hashes)": just after a large import the statistics
		// still call the table small, and a sequential scan testing every row against
		// thousands of array elements took seconds per slice; a join stays linear either
		// way and uses the unique index once the table is known to be large
		this.jdbc.sql("""
				select m.id_number_hash, m.org_id
				from unnest(cast(:hashes as bytea[])) as h(hash) join member.member m on m.id_number_hash = h.hash""")
			.param("hashes", hashes.toArray(new byte[0][]))
			.query((rs, number) -> holders.put(ByteBuffer.wrap(rs.getBytes(1)), rs.getLong(2)))
			.list();
		if (holders.isEmpty()) {
			return;
		}
		String column = header(MemberSheets.ID_NUMBER);
		for (ImportRow row : rows) {
			Long holder = (row.idNumberHash != null) ? holders.get(ByteBuffer.wrap(row.idNumberHash)) : null;
			if (holder != null && row.idNumber != null) {
				row.error(column, "member.duplicate", row.idNumber.masked(), unionName(holder));
			}
		}
	}

	private String unionName(long orgId) {
		return this.unionNamesById.computeIfAbsent(orgId, id -> this.orgs.find(id).map(OrgSummary::name).orElse("?"));
	}

	// member.member's columns after the id, which the writer puts in front
	private Encoded encode(List<ImportRow> rows) {
		CopyText text = new CopyText(rows.size() * 320);
		int[] ends = new int[rows.size()];
		long[] orgIds = new long[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			ImportRow row = rows.get(i);
			IdNumber idNumber = java.util.Objects.requireNonNull(row.idNumber);
			OrgSummary union = java.util.Objects.requireNonNull(row.union);
			String employer = row.employer;
			if (employer == null && union.employer() != null) {
				employer = union.employer().name();
			}
			text.tab()
				.text(row.name)
				.tab()
				.bytea(this.cipher.encrypt(idNumber.value()))
				.tab()
				.bytea(java.util.Objects.requireNonNull(row.idNumberHash))
				.tab()
				.ascii(idNumber.masked())
				.tab()
				.ascii(idNumber.birthDate().toString())
				.tab()
				.ascii(idNumber.gender().name())
				.tab()
				.text(row.phone)
				.tab()
				.number(union.id())
				.tab()
				.text(union.path())
				.tab()
				.text(employer)
				.tab()
				.ascii(row.joinedOn.toString())
				.tab()
				.ascii("ACTIVE")
				.tab()
				.text(row.occupation)
				.tab();
			if (row.skillLevel == null) {
				text.nullValue();
			}
			else {
				text.ascii(row.skillLevel.name());
			}
			text.tab().ascii(row.newEmploymentForm ? "t" : "f").endRow();
			ends[i] = text.size();
			orgIds[i] = union.id();
		}
		return new Encoded(text.toByteArray(), ends, orgIds);
	}

	// in file order, on the reading thread
	private void merge(Slice slice) {
		String column = header(MemberSheets.ID_NUMBER);
		for (ImportRow row : slice.rows) {
			if (row.idNumber != null) {
				Integer first = this.firstRowByIdNumber.putIfAbsent(row.idNumber.value(), row.number);
				if (first != null) {
					row.errorAt(row.idErrorsEnd, column, "member.import.duplicate-in-file", first);
					this.anyProblem.set(true);
				}
			}
			this.errors.addAll(row.errors());
			if (row.union != null) {
				this.countsByUnion.merge(row.union.id(), 1, Integer::sum);
			}
		}
		this.rowCount += slice.rows.size();
		// a clean slice is left unencoded only when a problem was already known, in a
		// slice checked at the same time: the file fails, so it need not be written
		if (this.errors.isEmpty() && slice.encoded != null) {
			this.onClean.accept(slice.encoded);
		}
		this.onChecked.accept(this.rowCount);
	}

	private String header(String field) {
		return this.headers.getOrDefault(field, field);
	}

	private static Slice join(CompletableFuture<Slice> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/** A slice of the file, checked, and laid out for COPY while no problem is known. */
	private record Slice(List<ImportRow> rows, @Nullable Encoded encoded) {
	}

	/**
	 * Rows in COPY text format without their ids.
	 *
	 * @param ends where each row's bytes end
	 * @param orgIds each row's union
	 */
	record Encoded(byte[] lines, int[] ends, long[] orgIds) {

		int rowCount() {
			return this.ends.length;
		}

	}

}
