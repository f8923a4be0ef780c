package org.gonghui.gig.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.gig.PayUnit;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.sheet.SheetColumn;
import org.gonghui.shared.sheet.SheetSchema;
import org.gonghui.shared.sheet.XlsxWriter;

/** The posts in a staff member's subtree as .xlsx, streamed; every export is audited. */
@Service
class GigExports {

	static final SheetSchema POSTS = SheetSchema.of(SheetColumn.of("id", "编号").number().width(8),
			SheetColumn.of("title", "岗位名称").text().width(24), SheetColumn.of("trade", "工种").text().width(10),
			SheetColumn.of("employer", "雇主").text().width(28),
			SheetColumn.of("creditCode", "统一社会信用代码").text().width(20),
			SheetColumn.of("pay", "报酬（元）").number().width(10), SheetColumn.of("unit", "计薪方式").text().width(8),
			SheetColumn.of("region", "地区代码").text().width(8), SheetColumn.of("address", "地点").text().width(30),
			SheetColumn.of("workDate", "用工日期").date().width(12), SheetColumn.of("headcount", "人数").number().width(6),
			SheetColumn.of("applicants", "报名人数").number().width(8), SheetColumn.of("instant", "即时快招").text().width(8),
			SheetColumn.of("status", "状态").text().width(8), SheetColumn.of("hiddenReason", "下架理由").text().width(20));

	private static final Map<PayUnit, String> UNITS = Map.of(PayUnit.HOUR, "按小时", PayUnit.DAY, "按天", PayUnit.PIECE,
			"计件");

	private static final Map<PostStatus, String> STATUSES = Map.of(PostStatus.OPEN, "招聘中", PostStatus.HIDDEN, "已下架",
			PostStatus.CLOSED, "已结束");

	private final PostRepository posts;

	private final AuditLog audit;

	GigExports(PostRepository posts, AuditLog audit) {
		this.posts = posts;
		this.audit = audit;
	}

	@Transactional(readOnly = false)
	int export(DataScope scope, OutputStream out) {
		AtomicInteger written = new AtomicInteger();
		try {
			XlsxWriter.write(out, "零工岗位", POSTS, writer -> this.posts.forEachWithinScope(scope.path(), p -> {
				writer.row(p.id(), p.title(), p.trade(), p.employerName(), p.creditCode(),
						BigDecimal.valueOf(p.payFen(), 2), UNITS.get(p.payUnit()), p.regionCode(), p.address(),
						p.workDate(), p.headcount(), p.applicants(), p.instantHire() ? "是" : "否",
						STATUSES.get(p.status()), p.hiddenReason());
				written.incrementAndGet();
			}));
		}
		finally {
			this.audit.record(AuditEntry.of(AuditAction.EXPORT, "gig_post", "posts", scope.path(),
					"导出零工岗位 " + written.get() + " 条"));
		}
		return written.get();
	}

}
