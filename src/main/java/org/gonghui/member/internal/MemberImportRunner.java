package org.gonghui.member.internal;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MembersImported;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.sheet.SheetException;
import org.gonghui.shared.sheet.SheetReader;
import org.gonghui.shared.sheet.SheetRow;
import org.gonghui.shared.sheet.SheetRows;

/**
 * Processes import jobs off the request thread: checks the whole file, then writes every
 * member in one transaction, or nothing. Its own small pool keeps a few large uploads
 * from taking the threads the rest of the application runs its asynchronous work on.
 */
@Component
class MemberImportRunner {

	private static final Logger log = LoggerFactory.getLogger(MemberImportRunner.class);

	static final int THREADS = 2;

	private static final int PROGRESS_EVERY = 2_000;

	private static final int WRITE_SLICE = 5_000;

	private static final int LOOKUP_BATCH = 5_000;

	/** A running job that has not reported progress for this long has lost its worker. */
	static final int ABANDONED_AFTER_MINUTES = 30;

	private final MemberImportJobs jobs;

	private final MemberRepository members;

	private final OrgDirectory orgs;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final PersonalDataCipher cipher;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final AtomicInteger threadNumber = new AtomicInteger();

	private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
		Thread thread = new Thread(runnable, "member-import-" + this.threadNumber.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	MemberImportRunner(MemberImportJobs jobs, MemberRepository members, OrgDirectory orgs, AuditLog audit,
			ApplicationEventPublisher events, PersonalDataCipher cipher, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.jobs = jobs;
		this.members = members;
		this.orgs = orgs;
		this.audit = audit;
		this.events = events;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Queues the job; it runs as the uploader, so audit entries name them. */
	void submit(UUID id, String filename, DataScope scope) {
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, filename, scope)));
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	@Scheduled(fixedDelay = 300_000, initialDelay = 60_000)
	void failAbandoned() {
		int failed = this.jobs.failAbandoned(ABANDONED_AFTER_MINUTES, "member.import.interrupted");
		if (failed > 0) {
			log.warn("Failed {} member import job(s) whose worker stopped", failed);
		}
	}

	void run(UUID id, String filename, DataScope scope) {
		try {
			Optional<byte[]> file = this.jobs.file(id);
			if (file.isEmpty()) {
				return; // given up on as abandoned while it waited
			}
			long started = System.nanoTime();
			this.jobs.progress(id, MemberImportStatus.VALIDATING, 0, 0, 0);
			MemberImportCheck check = read(id, filename, file.get());
			int total = check.rowCount();
			if (total == 0) {
				this.jobs.finish(id, MemberImportStatus.FAILED, 0, List.of(), "member.import.no-rows", List.of());
				return;
			}
			this.jobs.progress(id, MemberImportStatus.VALIDATING, total, total, 0);
			Map<String, OrgSummary> unions = unions(scope, check);
			check.checkUnions(unions);
			check.checkExisting(holders(check));
			if (check.hasErrors()) {
				List<MemberImportError> errors = check.errors();
				long badRows = errors.stream().mapToInt(MemberImportError::row).distinct().count();
				this.jobs.finish(id, MemberImportStatus.FAILED, 0, errors, "member.import.rows-invalid",
						List.of(String.valueOf(badRows), String.valueOf(errors.size())));
				return;
			}
			write(id, filename, scope, check.members(unions), total);
			log.info("Imported {} members from {} in {} ms", total, filename,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (SheetException ex) {
			this.jobs.finish(id, MemberImportStatus.FAILED, 0, List.of(), ex.messageKey(),
					java.util.Arrays.stream(ex.arguments()).map(String::valueOf).toList());
		}
		catch (DuplicateKeyException ex) {
			// another upload or a clerk entered one of these ID numbers while this file
			// was checked
			this.jobs.finish(id, MemberImportStatus.FAILED, 0, List.of(), "member.import.conflict", List.of());
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			log.error("Member import {} failed", id, ex);
			this.jobs.finish(id, MemberImportStatus.FAILED, 0, List.of(), "member.import.failed", List.of());
		}
	}

	private MemberImportCheck read(UUID id, String filename, byte[] file) {
		MemberImportCheck check = new MemberImportCheck(LocalDate.now(this.clock));
		try (SheetRows rows = new SheetReader(MemberSheets.ROSTER).open(new ByteArrayInputStream(file), filename)) {
			for (SheetRow row : rows) {
				check.add(row, rows);
				if (check.rowCount() % PROGRESS_EVERY == 0) {
					this.jobs.progress(id, MemberImportStatus.VALIDATING, 0, check.rowCount(), 0);
				}
			}
		}
		return check;
	}

	private Map<String, OrgSummary> unions(DataScope scope, MemberImportCheck check) {
		List<String> names = new ArrayList<>(check.unionNames());
		Map<String, OrgSummary> unions = new HashMap<>();
		for (int start = 0; start < names.size(); start += 1_000) {
			unions.putAll(
					this.orgs.findByNamesWithin(scope, names.subList(start, Math.min(names.size(), start + 1_000))));
		}
		return unions;
	}

	/**
	 * ID number to the name of the union already holding it, in batched keyed-hash
	 * lookups.
	 */
	private Map<String, String> holders(MemberImportCheck check) {
		Map<ByteBuffer, String> idNumbersByHash = new HashMap<>();
		check.idNumbers()
			.forEach(idNumber -> idNumbersByHash.put(ByteBuffer.wrap(this.cipher.hash(idNumber)), idNumber));
		List<byte[]> hashes = idNumbersByHash.keySet().stream().map(ByteBuffer::array).toList();
		Map<String, String> holders = new HashMap<>();
		Map<Long, String> unionNames = new HashMap<>();
		for (int start = 0; start < hashes.size(); start += LOOKUP_BATCH) {
			List<byte[]> batch = hashes.subList(start, Math.min(hashes.size(), start + LOOKUP_BATCH));
			this.jdbc.sql("select id_number_hash, org_id from member.member where id_number_hash = any(:hashes)")
				.param("hashes", batch.toArray(new byte[0][]))
				.query((rs, row) -> {
					String union = unionNames.computeIfAbsent(rs.getLong(2),
							orgId -> this.orgs.find(orgId).map(OrgSummary::name).orElse("?"));
					holders.put(idNumbersByHash.get(ByteBuffer.wrap(rs.getBytes(1))), union);
					return null;
				})
				.list();
		}
		return holders;
	}

	private void write(UUID id, String filename, DataScope scope, List<NewMember> newMembers, int total) {
		Long actor = CurrentUser.current().map(CurrentUser::accountId).orElse(null);
		Map<Long, Integer> counts = new TreeMap<>();
		newMembers.forEach(member -> counts.merge(member.orgId(), 1, Integer::sum));
		this.transaction.executeWithoutResult(tx -> {
			this.jobs.progress(id, MemberImportStatus.IMPORTING, total, total, 0);
			for (int start = 0; start < newMembers.size(); start += WRITE_SLICE) {
				int end = Math.min(newMembers.size(), start + WRITE_SLICE);
				this.members.insertAll(newMembers.subList(start, end), actor);
				this.jobs.progress(id, MemberImportStatus.IMPORTING, total, total, end);
			}
			this.orgs.adjustMemberCounts(counts);
			this.audit.record(AuditEntry.of(AuditAction.IMPORT, "member-import", id, scope.path(),
					"从文件“" + filename + "”导入会员 " + newMembers.size() + " 名，涉及 " + counts.size() + " 个基层工会"));
			this.events.publishEvent(new MembersImported(id, counts));
			// in the members' transaction: the job reads SUCCEEDED exactly when they are
			// there
			this.jobs.succeed(id, newMembers.size());
		});
	}

}
