package org.gonghui.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageRequestTests {

	@Test
	void keepsARequestWithinBounds_page3Size50() {
		assertThat(PageRequest.of(3, 50)).isEqualTo(new PageRequest(3, 50));
	}

	@Test
	void defaultsToFirstPageOfTwenty_whenNothingGiven() {
		assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
	}

	@Test
	void clampsNegativePageToFirst_minus1() {
		assertThat(PageRequest.of(-1, 50).page()).isZero();
	}

	@Test
	void defaultsZeroOrNegativeSizeToTwenty() {
		assertThat(PageRequest.of(0, 0).size()).isEqualTo(20);
		assertThat(PageRequest.of(0, -5).size()).isEqualTo(20);
	}

	@Test
	void capsSizeAt200_oneMillionRequested() {
		assertThat(PageRequest.of(0, 1_000_000).size()).isEqualTo(PageRequest.MAX_SIZE).isEqualTo(200);
		assertThat(PageRequest.of(0, 200).size()).isEqualTo(200);
		assertThat(PageRequest.of(0, 201).size()).isEqualTo(200);
	}

	@Test
	void computesOffset_page3Size50Is150() {
		assertThat(PageRequest.of(3, 50).offset()).isEqualTo(150);
	}

	@Test
	void computesOffsetWithoutIntOverflow_lastIntPage() {
		assertThat(PageRequest.of(Integer.MAX_VALUE, 200).offset()).isEqualTo(Integer.MAX_VALUE * 200L);
	}

}
