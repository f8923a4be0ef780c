package org.gonghui.member.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

	private static final int PROGRESS_EVERY = 10_000;

	/** Threads checking slices of a file; shared by the jobs running at once. */
	static final int CHECK_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

	private static final List<String> FIELDS = List.of(MemberSheets.NAME, MemberSheets.ID_NUMBER, MemberSheets.PHONE,
			MemberSheets.EMPLOYER, MemberSheets.UNION, MemberSheets.JOINED_ON, MemberSheets.OCCUPATION,
			MemberSheets.SKILL_LEVEL, MemberSheets.NEW_EMPLOYMENT_FORM);

	/** A running job that has not reported progress for this long has lost its worker. */
	static final int ABANDONED_AFTER_MINUTES = 30;

	private final MemberImportJobs jobs;

	private final MemberImportWriter writer;

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

	private final ExecutorService checkers = Executors.newFixedThreadPool(CHECK_THREADS, runnable -> {
		Thread thread = new Thread(runnable, "member-import-check-" + this.threadNumber.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	MemberImportRunner(MemberImportJobs jobs, MemberImportWriter writer, OrgDirectory orgs, AuditLog audit,
			ApplicationEventPublisher events, PersonalDataCipher cipher, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.jobs = jobs;
		this.writer = writer;
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
		this.checkers.shutdownNow();
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
			Long actor = CurrentUser.current().map(CurrentUser::accountId).orElse(null);
			// checked and written in one transaction: the slices found good so far are
			// copied in while the rest is read, and all is rolled back if a later row is
			// bad
			MemberImportCheck check = this.transaction.execute(tx -> {
				try (MemberImportWriter.Session session = this.writer.open(actor)) {
					MemberImportCheck checked = read(id, filename, file.get(), scope, session);
					if (checked.rowCount() == 0 || checked.hasErrors()) {
						tx.setRollbackOnly();
						return checked;
					}
					int total = checked.rowCount();
					this.jobs.progress(id, MemberImportStatus.IMPORTING, total, total, session.written());
					int written = session.finish();
					Map<Long, Integer> counts = checked.countsByUnion();
					// one counter update per union, one audit entry and event per file
					this.orgs.adjustMemberCounts(counts);
					this.audit.record(AuditEntry.of(AuditAction.IMPORT, "member-import", id, scope.path(),
							"从文件“" + filename + "”导入会员 " + written + " 名，涉及 " + counts.size() + " 个基层工会"));
					this.events.publishEvent(new MembersImported(id, counts));
					// in the members' transaction: the job reads SUCCEEDED exactly
					// when they are there
					this.jobs.succeed(id, written);
					// last: the counties' roster count rows stay locked from here to the
					// commit
					session.addRosterCounts();
					return checked;
				}
			});
			int total = java.util.Objects.requireNonNull(check).rowCount();
			long millis = (System.nanoTime() - started) / 1_000_000;
			if (total == 0) {
				this.jobs.finish(id, MemberImportStatus.FAILED, 0, List.of(), "member.import.no-rows", List.of());
			}
			else if (check.hasErrors()) {
				List<MemberImportError> errors = check.errors();
				long badRows = errors.stream().mapToInt(MemberImportError::row).distinct().count();
				this.jobs.finish(id, MemberImportStatus.FAILED, 0, errors, "member.import.rows-invalid",
						List.of(String.valueOf(badRows), String.valueOf(errors.size())));
				log.info("Checked {} rows of {} in {} ms: {} with errors", total, filename, millis, badRows);
			}
			else {
				log.info("Imported {} members from {} in {} ms", total, filename, millis);
			}
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

	private MemberImportCheck read(UUID id, String filename, byte[] file, DataScope scope,
			MemberImportWriter.Session session) {
		try (SheetRows rows = new SheetReader(MemberSheets.ROSTER).open(new ByteArrayInputStream(file), filename)) {
			Map<String, String> headers = new HashMap<>();
			for (String field : FIELDS) {
				headers.put(field, rows.headerOf(field));
			}
			int[] reported = { 0 };
			MemberImportCheck check = new MemberImportCheck(LocalDate.now(this.clock), headers, scope, this.orgs,
					this.jdbc, this.cipher, this.checkers, CHECK_THREADS, checkedRows -> {
						if (checkedRows - reported[0] >= PROGRESS_EVERY) {
							reported[0] = checkedRows;
							this.jobs.progress(id, MemberImportStatus.VALIDATING, 0, checkedRows, session.written());
						}
					}, session::write);
			List<SheetRow> slice = new ArrayList<>(MemberImportCheck.SLICE_ROWS);
			for (SheetRow row : rows) {
				slice.add(row);
				if (slice.size() == MemberImportCheck.SLICE_ROWS) {
					check.add(slice);
					slice = new ArrayList<>(MemberImportCheck.SLICE_ROWS);
				}
			}
			check.add(slice);
			check.finish();
			return check;
		}
	}

}
