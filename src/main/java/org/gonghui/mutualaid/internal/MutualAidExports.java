package org.gonghui.mutualaid.internal;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Service;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.shared.sheet.SheetColumn;
import org.gonghui.shared.sheet.SheetSchema;
import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.shared.web.Messages;

/**
 * Claim and enrolment lists to .xlsx, streamed. No diagnosis leaves in a spreadsheet; ID
 * numbers only masked. Every export is audited.
 */
@Service
class MutualAidExports {

	static final SheetSchema CLAIMS = SheetSchema.of(SheetColumn.of("id", "申请编号").number(),
			SheetColumn.of("member", "姓名"), SheetColumn.of("plan", "保障计划"), SheetColumn.of("year", "年度").number(),
			SheetColumn.of("eventDate", "事故/就诊日期").date(), SheetColumn.of("claimed", "自付合计（元）").number(),
			SheetColumn.of("payable", "核定赔付（元）").number(), SheetColumn.of("status", "状态"),
			SheetColumn.of("submittedAt", "提交日期").date());

	static final SheetSchema ENROLMENTS = SheetSchema.of(SheetColumn.of("certificate", "保障凭证号").text(),
			SheetColumn.of("member", "姓名"), SheetColumn.of("idNumber", "身份证号").text(), SheetColumn.of("plan", "保障计划"),
			SheetColumn.of("year", "年度").number(), SheetColumn.of("firstDay", "保障起始日").date(),
			SheetColumn.of("lastDay", "保障终止日").date(), SheetColumn.of("premium", "会费（元）").number());

	private final Claims claims;

	private final Enrolments enrolments;

	private final Messages messages;

	private final AuditLog audit;

	MutualAidExports(Claims claims, Enrolments enrolments, Messages messages, AuditLog audit) {
		this.claims = claims;
		this.enrolments = enrolments;
		this.messages = messages;
		this.audit = audit;
	}

	void claims(Claims.ClaimFilter filter, OutputStream out) {
		AtomicInteger written = new AtomicInteger();
		try {
			XlsxWriter.write(out, "互助保障理赔", CLAIMS, writer -> this.claims.forEach(filter, claim -> {
				writer.row(claim.id(), claim.memberName(), claim.planName(), claim.year(), claim.eventDate(),
						claim.claimed().toYuan(), claim.payable().toYuan(),
						this.messages.text("mutual-aid.status." + claim.status()),
						claim.submittedAt().atZone(org.gonghui.shared.BusinessTime.ZONE).toLocalDate());
				written.incrementAndGet();
			}));
		}
		finally {
			this.audit.record(AuditEntry.of(AuditAction.EXPORT, "mutual-aid-claim", "list", filter.orgPath(),
					"导出互助保障理赔 " + written.get() + " 条"));
		}
	}

	void enrolments(Enrolments.EnrolmentFilter filter, OutputStream out) {
		AtomicInteger written = new AtomicInteger();
		try {
			XlsxWriter.write(out, "互助保障参保名单", ENROLMENTS, writer -> this.enrolments.forEach(filter, e -> {
				writer.row(e.certificateNo(), e.memberName(), e.idNumberMasked(), e.planName(), e.year(), e.firstDay(),
						e.lastDay(), e.premium().toYuan());
				written.incrementAndGet();
			}));
		}
		finally {
			this.audit.record(AuditEntry.of(AuditAction.EXPORT, "mutual-aid-enrolment", "list", filter.orgPath(),
					"导出互助保障参保名单 " + written.get() + " 条"));
		}
	}

}
