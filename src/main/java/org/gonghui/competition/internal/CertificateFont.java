package org.gonghui.competition.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.pdf.BaseFont;
import org.jspecify.annotations.Nullable;

/**
 * The Chinese font for certificates. Preferred: a TrueType font from the server, embedded
 * as a subset, so the PDF shows the same on any reader, printer or phone. Fallback:
 * Adobe's STSong-Light with the UniGB-UCS2-H CMap (both shipped inside OpenPDF 2.0.5),
 * not embedded: readers substitute their own Song font, which every mainstream reader has
 * for Chinese PDFs but a bare one may not.
 */
public final class CertificateFont {

	/** WenQuanYi Micro Hei, in Debian/Ubuntu's fonts-wqy-microhei package. */
	public static final Path WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private CertificateFont() {
	}

	/** {@code fontFile} embedded if given and readable, else STSong-Light. */
	public static BaseFont load(@Nullable Path fontFile) {
		try {
			if (fontFile != null && Files.isReadable(fontFile)) {
				String name = fontFile.toString();
				// a .ttc holds several faces; OpenPDF selects one with ",index"
				String face = name.toLowerCase().endsWith(".ttc") ? name + ",0" : name;
				return BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			}
			return builtIn();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot load certificate font " + fontFile, ex);
		}
	}

	public static BaseFont builtIn() throws IOException {
		return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
	}

}
