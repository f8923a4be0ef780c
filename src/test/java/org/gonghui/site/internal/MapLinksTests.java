package org.gonghui.site.internal;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.geo.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;

class MapLinksTests {

	// 襄阳 (WGS-84 32.009, 112.122); GCJ-02 from the published transform, about 570 m east
	// and 220 m south
	private static final GeoPoint XIANGYANG = new GeoPoint(32.009, 112.122);

	@Test
	void amapLinkCarriesTheGcj02PointLongitudeFirst() {
		String link = MapLinks.amap(XIANGYANG, "樊城区 驿站");

		assertThat(link).startsWith("https://uri.amap.com/marker?position=112.128081,32.007044&");
		assertThat(link).contains("coordinate=gaode").contains("name=%E6%A8%8A");
		assertThat(link).doesNotContain("112.122000");
	}

	@Test
	void baiduLinkSaysItsCoordinatesAreGcj02() {
		String link = MapLinks.baidu(XIANGYANG, "驿站", "人民路1号");

		assertThat(link).contains("location=32.007044,112.128081&").contains("coord_type=gcj02");
	}

}
