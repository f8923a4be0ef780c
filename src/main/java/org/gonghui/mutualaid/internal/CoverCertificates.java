package org.gonghui.mutualaid.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;

/**
 * A member's certificate of cover (互助保障凭证) as a one-page A5 PDF with Chinese text. The
 * font is chosen as for contest certificates: WenQuanYi Micro Hei embedded when the
 * server has it, else Adobe's STSong-Light (inside OpenPDF, not embedded). The
 * competition module keeps its font helper internal, so the few lines are repeated here.
 */
@Component
class CoverCertificates {

	static final Path WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final BaseFont font;

	CoverCertificates() {
		this.font = load();
	}

	byte[] render(EnrolmentRecord enrolment, String unionName, String planOwner) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A5.rotate(), 48, 48, 40, 36);
		PdfWriter.getInstance(document, out);
		document.addTitle("互助保障凭证 " + enrolment.certificateNo());
		document.open();
		Paragraph title = new Paragraph("职工互助保障凭证", new Font(this.font, 24));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingAfter(16);
		document.add(title);
		PdfPTable table = new PdfPTable(new float[] { 1, 3 });
		table.setWidthPercentage(100);
		row(table, "凭证号", enrolment.certificateNo());
		row(table, "姓名", enrolment.memberName());
		row(table, "身份证号", enrolment.idNumberMasked());
		row(table, "所在工会", unionName);
		row(table, "保障计划", enrolment.planName() + "（" + enrolment.year() + " 年度）");
		row(table, "保障期间",
				CHINESE_DATE.format(enrolment.firstDay()) + " 至 " + CHINESE_DATE.format(enrolment.lastDay()));
		row(table, "会费", enrolment.premium().format() + " 元");
		document.add(table);
		Paragraph owner = new Paragraph(planOwner, new Font(this.font, 13));
		owner.setAlignment(Element.ALIGN_RIGHT);
		owner.setSpacingBefore(18);
		document.add(owner);
		Paragraph note = new Paragraph("新参保职工自保障起始日起设观察期，期内发生的事故不予赔付，详见计划条款。", new Font(this.font, 9));
		note.setSpacingBefore(10);
		document.add(note);
		document.close();
		return out.toByteArray();
	}

	private void row(PdfPTable table, String label, String value) {
		PdfPCell left = new PdfPCell(new Paragraph(label, new Font(this.font, 12)));
		left.setPadding(6);
		table.addCell(left);
		PdfPCell right = new PdfPCell(new Paragraph(value, new Font(this.font, 12)));
		right.setPadding(6);
		table.addCell(right);
	}

	private static BaseFont load() {
		try {
			if (Files.isReadable(WQY_MICROHEI)) {
				return BaseFont.createFont(WQY_MICROHEI + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			}
			return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot load the certificate font", ex);
		}
	}

}
