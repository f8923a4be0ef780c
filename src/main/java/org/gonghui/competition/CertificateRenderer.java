package org.gonghui.competition;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.gonghui.competition.internal.CertificateFont;
import org.jspecify.annotations.Nullable;

/** Renders award certificates as one-page A4 landscape PDFs with Chinese text. */
public final class CertificateRenderer {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final BaseFont font;

	/**
	 * @param fontFile a TTF/TTC to embed, or {@code null} for the viewer-supplied
	 * STSong-Light
	 */
	public CertificateRenderer(@Nullable Path fontFile) {
		this.font = CertificateFont.load(fontFile);
	}

	/**
	 * Embeds WenQuanYi Micro Hei when the server has it, else falls back to STSong-Light.
	 */
	public static CertificateRenderer withBestAvailableFont() {
		return new CertificateRenderer(CertificateFont.WQY_MICROHEI);
	}

	/** Whether the font travels inside the PDF. */
	public boolean embedsFont() {
		return this.font.isEmbedded();
	}

	public byte[] render(Certificate certificate) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4.rotate(), 72, 72, 60, 48);
		PdfWriter.getInstance(document, out);
		document.addTitle("获奖证书 " + certificate.code().value());
		document.open();
		document.add(centred("荣誉证书", 36, 0));
		document.add(left(certificate.entrantName() + " 同志：", 20, 20));
		document.add(left(
				"在" + certificate.contestName() + "中"
						+ (certificate.teamName() == null ? "" : "作为「" + certificate.teamName() + "」队员") + "荣获",
				20, 8));
		document.add(centred(certificate.prizeClassName(), 30, 14));
		document.add(left("特发此证，以资鼓励。", 20, 8));
		document.add(right(certificate.organiserName(), 18, 20));
		document.add(right(CHINESE_DATE.format(certificate.awardedOn()), 18, 4));
		document.add(labelled("证书验证码：", certificate.code().grouped(), 24));
		document.add(labelled("验证网址：", certificate.checkUrl(), 2));
		document.close();
		return out.toByteArray();
	}

	/**
	 * The code and URL are set in Helvetica, a standard PDF font: they stay
	 * machine-readable (copy, search, text extraction) even when the Chinese font is the
	 * non-embedded STSong-Light.
	 */
	private Paragraph labelled(String label, String value, float spacingBefore) {
		var paragraph = new Paragraph();
		paragraph.add(new Chunk(label, new Font(this.font, 11)));
		paragraph.add(new Chunk(value, new Font(Font.HELVETICA, 11)));
		paragraph.setSpacingBefore(spacingBefore);
		return paragraph;
	}

	private Paragraph centred(String text, float size, float spacingBefore) {
		return paragraph(text, size, spacingBefore, Element.ALIGN_CENTER);
	}

	private Paragraph left(String text, float size, float spacingBefore) {
		return paragraph(text, size, spacingBefore, Element.ALIGN_LEFT);
	}

	private Paragraph right(String text, float size, float spacingBefore) {
		return paragraph(text, size, spacingBefore, Element.ALIGN_RIGHT);
	}

	private Paragraph paragraph(String text, float size, float spacingBefore, int alignment) {
		var paragraph = new Paragraph(text, new Font(this.font, size));
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(spacingBefore);
		return paragraph;
	}

}
