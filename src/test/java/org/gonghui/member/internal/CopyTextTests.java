package org.gonghui.member.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyTextTests {

	@Test
	void escapesWhatCopyTextFormatReserves_tabNewlineBackslash() {
		CopyText text = new CopyText(8);
		text.text("a\tb\nc\\d\re").tab().nullValue().tab().text(null).endRow();

		assertThat(string(text)).isEqualTo("a\\tb\\nc\\\\d\\re\t\\N\t\\N\n");
	}

	@Test
	void writesChineseAndCharactersBeyondTheBmpAsUtf8_王𠀀() {
		CopyText text = new CopyText(1);
		text.text("王小明𠀀");

		assertThat(string(text)).isEqualTo("王小明𠀀");
	}

	@Test
	void writesByteaAsEscapedHexAndNumbers() {
		CopyText text = new CopyText(4);
		text.bytea(new byte[] { 0, 15, (byte) 0xAB }).tab().number(0).tab().number(1234567890123L).tab().number(-42);

		assertThat(string(text)).isEqualTo("\\\\x000fab\t0\t1234567890123\t-42");
	}

	@Test
	void dropsNulWhichPostgresTextCannotHold() {
		CopyText text = new CopyText(4);
		text.text("a\0b");

		assertThat(string(text)).isEqualTo("ab");
	}

	private static String string(CopyText text) {
		return new String(text.toByteArray(), StandardCharsets.UTF_8);
	}

}
