package org.gonghui.gig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins what the public search answers — which posts, in which order, on which page, with
 * which total — for words, a radius and neither, so a faster query has to answer the
 * same.
 */
@IntegrationTest
class GigSearchIntegrationTests {

	@LocalServerPort
	int port;

	GigTestMarket market;

	ApiClient employer;

	ApiClient anonymous;

	@BeforeEach
	void market() {
		this.market = new GigTestMarket(this.port);
		this.employer = this.market.employer();
		this.anonymous = new ApiClient(this.port);
	}

	/** A post at km north and km east of the market's spot on a day from today. */
	Map<String, Object> at(Map<String, Object> post, double kmNorth, double kmEast, int day) {
		GigTestMarket.north(post, kmNorth);
		post.put("lon", (Double) post.get("lon") + kmEast / (111.0 * Math.cos(Math.toRadians(this.market.lat))));
		post.put("workDate", this.market.today.plusDays(day).toString());
		return post;
	}

	record Page(List<Long> ids, long total, List<Double> distances) {
	}

	Page page(String query) {
		Response response = this.anonymous.get("/api/v1/public/gig/posts?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode json = response.json();
		List<Long> ids = new ArrayList<>();
		List<Double> distances = new ArrayList<>();
		json.get("items").forEach(item -> {
			ids.add(item.get("id").asLong());
			JsonNode distance = item.get("distanceKm");
			distances.add(distance == null || distance.isNull() ? null : distance.asDouble());
		});
		return new Page(ids, json.get("total").asLong(), distances);
	}

	@Test
	void wordsRankBestMatchFirstThenSoonestThenNewestAcrossPagesWithTheTotalOnEvery() {
		String text = "水暖管道维修，更换水暖阀门";
		long day3 = this.market.publish(this.employer, at(this.market.post("水暖维修", "水暖工", text), 1, 0, 3));
		long day2 = this.market.publish(this.employer, at(this.market.post("水暖维修", "水暖工", text), 0, 2, 2));
		long day2Later = this.market.publish(this.employer, at(this.market.post("水暖维修", "水暖工", text), -2, 0, 2));
		// the same words 9.9 km east and west: inside the radius, at the widest
		// longitudes
		long east = this.market.publish(this.employer, at(this.market.post("水暖维修", "水暖工", text), 0, 9.9, 3));
		long west = this.market.publish(this.employer, at(this.market.post("水暖维修", "水暖工", text), 0, -9.9, 4));
		long weaker = this.market.publish(this.employer, at(this.market.post("管道疏通", "管道工", "兼做水暖"), 0, 1, 1));
		// outside the radius east and north, another trade's words, and the words out of
		// the dates
		this.market.publish(this.employer, at(this.market.post("水暖维修", "水暖工", text), 0, 10.3, 2));
		this.market.publish(this.employer, at(this.market.post("水暖维修", "水暖工", text), 10.3, 0, 2));
		this.market.publish(this.employer, at(this.market.post("招聘电工", "电工", "持证上岗"), 0, 0, 2));
		long later = this.market.publish(this.employer, at(this.market.post("水暖维修", "水暖工", text), 0, 0, 9));

		String near = "q=水暖&" + this.market.near(10);
		List<Long> all = List.of(day2Later, day2, east, day3, west, weaker);
		assertThat(page(near + "&to=" + this.market.today.plusDays(8) + "&size=50").ids())
			.containsExactlyElementsOf(all);
		assertThat(page(near + "&size=50").ids()).containsExactly(day2Later, day2, east, day3, west, later, weaker);
		String window = near + "&from=" + this.market.today.plusDays(1) + "&to=" + this.market.today.plusDays(8)
				+ "&size=4";
		Page first = page(window + "&page=0");
		assertThat(first.ids()).containsExactlyElementsOf(all.subList(0, 4));
		assertThat(first.total()).isEqualTo(6);
		// each with its distance, km rounded to one decimal
		assertThat(first.distances()).containsExactly(2.0, 2.0, 9.9, 1.0);
		assertThat(page(window + "&page=1").ids()).containsExactlyElementsOf(all.subList(4, 6));
		assertThat(page(window + "&page=1").total()).isEqualTo(6);
		// past the last match: no items, the total still counted
		assertThat(page(window + "&page=3")).isEqualTo(new Page(List.of(), 6, List.of()));
	}

	@Test
	void aRadiusAloneListsNearestFirstThenNewestAndKeepsTheEdgeOfTheCircle() {
		String trade = "测距工" + System.nanoTime() % 1_000_000;
		long first = this.market.publish(this.employer, at(this.market.post("甲", trade, "近处"), 3, 0, 2));
		long second = this.market.publish(this.employer, at(this.market.post("乙", trade, "近处"), 3, 0, 5));
		long east = this.market.publish(this.employer, at(this.market.post("丙", trade, "东边"), 0, 7, 1));
		long west = this.market.publish(this.employer, at(this.market.post("丁", trade, "西边"), 0, -9.9, 1));
		long south = this.market.publish(this.employer, at(this.market.post("戊", trade, "南边"), -9.9, 0, 1));
		long diagonal = this.market.publish(this.employer, at(this.market.post("己", trade, "东北"), 6.9, 6.9, 1));
		this.market.publish(this.employer, at(this.market.post("庚", trade, "东北角外"), 7.2, 7.2, 1));
		this.market.publish(this.employer, at(this.market.post("辛", trade, "东边外"), 0, 10.3, 1));
		this.market.publish(this.employer, at(this.market.post("壬", trade, "西边外"), 0, -10.3, 1));
		this.market.publish(this.employer, at(this.market.post("癸", trade, "南边外"), -10.3, 0, 1));

		Page page = page("trade=" + trade + "&" + this.market.near(10) + "&size=3");
		assertThat(page.ids()).containsExactly(second, first, east);
		assertThat(page.total()).isEqualTo(6);
		// 9.9 km (9.93 on the sphere) west and south, both 9.9 km rounded: newest first
		assertThat(page("trade=" + trade + "&" + this.market.near(10) + "&size=3&page=1").ids())
			.containsExactly(diagonal, south, west);
		assertThat(page("trade=" + trade + "&" + this.market.near(2) + "&size=3"))
			.isEqualTo(new Page(List.of(), 0, List.of()));
	}

	@Test
	void neitherWordsNorAPointListSoonestFirstThenNewest() {
		String trade = "排序工" + System.nanoTime() % 1_000_000;
		long day3 = this.market.publish(this.employer, at(this.market.post("甲", trade, "三天后"), 0, 0, 3));
		long day1 = this.market.publish(this.employer, at(this.market.post("乙", trade, "明天"), 50, 0, 1));
		long day1Newer = this.market.publish(this.employer, at(this.market.post("丙", trade, "明天"), -50, 0, 1));
		this.market.publish(this.employer,
				at(this.market.post("丁", trade, "工钱低", "payUnit", "HOUR", "payFen", 2200), 0, 0, 1));

		Page page = page("trade=" + trade + "&minPayFen=2400&size=2");
		assertThat(page.ids()).containsExactly(day1Newer, day1);
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.distances()).containsOnlyNulls();
		assertThat(page("trade=" + trade + "&minPayFen=2400&size=2&page=1").ids()).containsExactly(day3);
	}

}
