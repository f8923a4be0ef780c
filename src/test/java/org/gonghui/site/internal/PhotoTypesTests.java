package org.gonghui.site.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoTypesTests {

	@Test
	void recognisesJpegPngAndWebpByTheirFirstBytes() {
		assertThat(PhotoTypes.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains("image/jpeg");
		assertThat(PhotoTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }))
			.contains("image/png");
		assertThat(PhotoTypes.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
			.contains("image/webp");
	}

	@Test
	void refusesAnythingElseWhateverItIsCalled() {
		assertThat(PhotoTypes.detect("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(PhotoTypes.detect("GIF89a".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(PhotoTypes.detect(new byte[0])).isEmpty();
	}

}
