package org.gonghui.member.internal;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import org.gonghui.org.OrgDirectory;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.sheet.ErrorReport;
import org.gonghui.shared.sheet.RowError;
import org.gonghui.shared.sheet.SheetException;
import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.shared.web.GonghuiException;

/**
 * Roster imports from clerks' spreadsheets (.xlsx, .csv). A file is checked whole and
 * imported whole: one bad row and nothing is imported, and the clerk gets every bad row
 * with its reason. Uploads return at once; the work runs in the background and reports
 * its progress on the job. A job belongs to the uploader's data scope: staff outside it
 * get 404, as for any record.
 */
@Service
public class MemberImports {

	/** How many errors the status shows; the error report has all of them. */
	public static final int ERRORS_SHOWN = 1000;

	private static final int MAX_FILENAME = 200;

	private final MemberImportJobs jobs;

	private final MemberImportRunner runner;

	private final OrgDirectory orgs;

	private final MessageSource messages;

	MemberImports(MemberImportJobs jobs, MemberImportRunner runner, OrgDirectory orgs, MessageSource messages) {
		this.jobs = jobs;
		this.runner = runner;
		this.orgs = orgs;
		this.messages = messages;
	}

	/**
	 * Stores the upload as a PENDING job and queues it; returns before any row is read.
	 * @throws SheetException {@code sheet.empty}, {@code sheet.unsupported-format},
	 * {@code sheet.xls-unsupported} for what can be told from the name and size alone
	 */
	public MemberImportJob start(CurrentUser user, DataScope scope, @Nullable String filename, byte[] content) {
		String name = filename(filename);
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (extension.equals("xls") || extension.equals("et")) {
			throw new SheetException("sheet.xls-unsupported");
		}
		if (!extension.equals("xlsx") && !extension.equals("csv")) {
			throw new SheetException("sheet.unsupported-format", name);
		}
		if (content.length == 0) {
			throw new SheetException("sheet.empty");
		}
		UUID id = UUID.randomUUID();
		this.jobs.create(id, name, content, user.accountId(), scope.orgId());
		this.runner.submit(id, name, scope);
		return new MemberImportJob(id, MemberImportStatus.PENDING);
	}

	/**
	 * The job with its progress and first errors, if it lies inside {@code scope}; else
	 * 404.
	 */
	public MemberImportView status(DataScope scope, UUID id) {
		MemberImportJobs.Stored job = findWithin(scope, id);
		return view(job, job.errorCount() == 0 ? List.of() : this.jobs.errors(id, ERRORS_SHOWN));
	}

	/** The uploader's latest jobs, newest first, without their errors. */
	public List<MemberImportView> recent(CurrentUser user, DataScope scope, int limit) {
		return this.jobs.createdBy(user.accountId(), Math.max(1, Math.min(limit, 100)))
			.stream()
			.filter(job -> this.orgs.findWithin(scope, job.scopeOrgId()).isPresent())
			.map(job -> view(job, List.of()))
			.toList();
	}

	/**
	 * Every problem of the job as an .xlsx the clerk can work through (empty if none).
	 */
	public void writeErrorReport(DataScope scope, UUID id, OutputStream out) {
		findWithin(scope, id);
		List<RowError> errors = this.jobs.errors(id, -1)
			.stream()
			.map(error -> new RowError(error.row(), error.column(), text(error.key(), error.args())))
			.toList();
		ErrorReport.write(errors, out);
	}

	/** The blank roster with the headers an import reads. */
	public void writeTemplate(OutputStream out) {
		XlsxWriter.write(out, "会员名册", MemberSheets.ROSTER, writer -> {
		});
	}

	private MemberImportJobs.Stored findWithin(DataScope scope, UUID id) {
		return this.jobs.find(id)
			.filter(job -> this.orgs.findWithin(scope, job.scopeOrgId()).isPresent())
			.orElseThrow(GonghuiException::notFound);
	}

	private MemberImportView view(MemberImportJobs.Stored job, List<MemberImportError> errors) {
		List<MemberImportView.Error> shown = errors.stream()
			.map(error -> new MemberImportView.Error(error.row(), error.column(), text(error.key(), error.args())))
			.toList();
		String message = job.message() == null ? null : text(job.message(), job.messageArgs());
		return new MemberImportView(job.id(), job.status(),
				text("member.import.status." + job.status().name(), List.of()), job.filename(), job.totalRows(),
				job.processedRows(), job.importedRows(), job.errorCount(), shown, message, percent(job),
				job.createdAt(), job.finishedAt());
	}

	// checking and writing each count for half
	private static int percent(MemberImportJobs.Stored job) {
		if (job.status().finished()) {
			return 100;
		}
		if (job.totalRows() == 0) {
			return 0;
		}
		long done = (long) job.processedRows() + job.importedRows();
		return (int) Math.min(99, done * 100 / (2L * job.totalRows()));
	}

	private String text(String key, List<String> args) {
		return this.messages.getMessage(key, args.toArray(), key, LocaleContextHolder.getLocale());
	}

	// browsers on Windows may send the whole path; only the name means anything to the
	// clerk
	private static String filename(@Nullable String filename) {
		String name = filename == null ? "" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			return "upload";
		}
		return name.length() > MAX_FILENAME ? name.substring(name.length() - MAX_FILENAME) : name;
	}

}
