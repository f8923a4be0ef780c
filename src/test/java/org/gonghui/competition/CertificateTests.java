package org.gonghui.competition;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.gonghui.competition.internal.CertificateFont;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CertificateTests {

	static final VerificationCode CODE = new VerificationCode("K7MPQ2XR9WHT");

	static final Certificate BARTENDER_FIRST = new Certificate("市南区调饮师职业技能竞赛", "王小红", "一等奖", LocalDate.of(2025, 6, 28),
			"青岛市市南区总工会", CODE, "https://gonghui.example.cn/c/K7MPQ2XR9WHT");

	static String text(byte[] pdf) throws Exception {
		var reader = new PdfReader(pdf);
		try {
			assertThat(reader.getNumberOfPages()).as("one page").isEqualTo(1);
			return new PdfTextExtractor(reader).getTextFromPage(1);
		}
		finally {
			reader.close();
		}
	}

	@Test
	void generatesTwelveCharactersFromTheUnambiguousAlphabet() {
		var random = new SecureRandom();
		var seen = new HashSet<String>();
		for (int i = 0; i < 1000; i++) {
			String code = VerificationCode.generate(random).value();
			assertThat(code).hasSize(12).doesNotContain("0", "O", "1", "I", "L");
			seen.add(code);
		}
		assertThat(seen).hasSize(1000);
		assertThat(VerificationCode.ALPHABET).hasSize(31);
	}

	@Test
	void parsesTypedCodeIgnoringCaseSpacesAndHyphens_k7mp_q2xr_9wht() {
		assertThat(VerificationCode.parse(" k7mp-q2xr 9wht ")).contains(CODE);
		assertThat(CODE.grouped()).isEqualTo("K7MP-Q2XR-9WHT");
	}

	@Test
	void refusesCodesWithAmbiguousOrMissingCharacters() {
		assertThat(VerificationCode.parse("K7MPQ2XR9WH0")).isEmpty();
		assertThat(VerificationCode.parse("K7MPQ2XR9WH")).isEmpty();
		assertThatThrownBy(() -> new VerificationCode("K7MPQ2XR9WHI")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rendersPdfWithBuiltInSongFontAndExtractableCode() throws Exception {
		var renderer = new CertificateRenderer(null);
		byte[] pdf = renderer.render(BARTENDER_FIRST);
		assertThat(renderer.embedsFont()).isFalse();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("STSong-Light", "UniGB-UCS2-H");
		String text = text(pdf);
		assertThat(text).contains("K7MP-Q2XR-9WHT", "https://gonghui.example.cn/c/K7MPQ2XR9WHT");
	}

	@Test
	void rendersChineseTextThatReadsBackWhenFontIsEmbedded() throws Exception {
		assumeTrue(Files.isReadable(CertificateFont.WQY_MICROHEI), "WenQuanYi Micro Hei not installed");
		var renderer = CertificateRenderer.withBestAvailableFont();
		byte[] pdf = renderer.render(BARTENDER_FIRST);
		assertThat(renderer.embedsFont()).isTrue();
		String text = text(pdf);
		assertThat(text).contains("王小红", "市南区调饮师职业技能竞赛", "一等奖", "青岛市市南区总工会", "2025年6月28日", "K7MP-Q2XR-9WHT", "荣誉证书");
	}

}
