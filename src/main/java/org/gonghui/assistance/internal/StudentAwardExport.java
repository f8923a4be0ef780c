package org.gonghui.assistance.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import org.gonghui.assistance.SchoolLevel;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.sheet.SheetColumn;
import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.shared.web.Messages;

/**
 * The student aid awards of a scope as .xlsx, for the console and the API alike: the
 * students' ID numbers only masked, every export audited.
 */
@Component
class StudentAwardExport {

	private final StudentAidService studentAid;

	private final Messages messages;

	private final AuditLog audit;

	StudentAwardExport(StudentAidService studentAid, Messages messages, AuditLog audit) {
		this.studentAid = studentAid;
		this.messages = messages;
		this.audit = audit;
	}

	void write(DataScope scope, @Nullable Integer year, @Nullable SchoolLevel level, HttpServletResponse response)
			throws IOException {
		List<StudentAidService.AwardRow> rows = this.studentAid.all(scope, year, level);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(this.messages.text("assist.student-aid.export-file") + ".xlsx",
							java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString());
		List<SheetColumn> columns = List.of(SheetColumn.of("year", this.messages.text("assist.field.year")).number(),
				SheetColumn.of("student", this.messages.text("assist.field.student")),
				SheetColumn.of("idNumber", this.messages.text("assist.field.id-number")).text(),
				SheetColumn.of("school", this.messages.text("assist.field.school")),
				SheetColumn.of("level", this.messages.text("assist.field.level")),
				SheetColumn.of("householdType", this.messages.text("assist.field.household-type")),
				SheetColumn.of("amount", this.messages.text("assist.field.amount")).number(),
				SheetColumn.of("member", this.messages.text("assist.field.parent")));
		try (XlsxWriter writer = XlsxWriter.open(response.getOutputStream(),
				this.messages.text("assist.student-aid.export-file"), columns)) {
			for (StudentAidService.AwardRow a : rows) {
				List<@Nullable Object> cells = new ArrayList<>();
				cells.add(a.year());
				cells.add(a.studentName());
				cells.add(a.studentIdNumber());
				cells.add(a.school());
				cells.add(this.messages.text("school.level." + a.level()));
				cells.add(this.messages.text("student.household." + a.householdType()));
				cells.add(new java.math.BigDecimal(a.amount()));
				cells.add(a.memberName());
				writer.row(cells);
			}
		}
		finally {
			this.audit.record(AuditEntry.of(AuditAction.EXPORT, "student-award", "list", scope.path(),
					"导出金秋助学名单 " + rows.size() + " 人" + (year == null ? "" : "（" + year + " 年）")));
		}
	}

}
