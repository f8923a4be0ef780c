package org.gonghui.gig;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.shared.BusinessTime;
import org.gonghui.support.ApiClient;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public job search over 100,000 open posts, end to end over HTTP on the loopback.
 * Run on demand only (see bench/gig/README.md):
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=GigSearchBenchmarkIntegrationTests -Dgonghui.bench=true}
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "gonghui.bench", matches = "true")
class GigSearchBenchmarkIntegrationTests {

	static final int POSTS = 100_000;

	static final int WARM_UP = 200;

	static final int REQUESTS = 2_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final ChineseSegmenter segmenter = new ChineseSegmenter();

	@Test
	void searchOverOneHundredThousandPosts() {
		String[][] kinds = { { "招聘水暖维修工", "水暖工", "上门维修水管、水龙头、地漏和暖气片，更换阀门" }, { "小区水暖管道维修", "水暖工", "小区管道检修，日结" },
				{ "招聘持证电工", "电工", "线路排查、插座开关更换、配电箱检修" }, { "写字楼保洁", "保洁员", "办公区域和公共区域清洁" },
				{ "仓库装卸搬运", "搬运工", "货物装卸、搬运上楼，按时结算" }, { "快递分拣夜班", "快递分拣员", "按单分拣、扫码、打包" },
				{ "周末餐厅服务员", "餐厅服务员", "点菜、传菜、收台" }, { "贴砖瓦工", "瓦工", "墙地砖铺贴、防水施工" },
				{ "钟点工做饭保洁", "家政服务员", "上门做饭、清洁、陪护" }, { "园林绿化养护", "绿化工", "修剪、浇灌、除草" } };
		StringBuilder values = new StringBuilder();
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("posts", POSTS);
		params.put("kinds", kinds.length);
		for (int k = 0; k < kinds.length; k++) {
			values.append(k == 0 ? "" : ",")
				.append("(:n" + k + ", :title" + k + ", :trade" + k + ", :description" + k + ", :text" + k + ")");
			params.put("n" + k, k);
			params.put("title" + k, kinds[k][0]);
			params.put("trade" + k, kinds[k][1]);
			params.put("description" + k, kinds[k][2]);
			params.put("text" + k, this.segmenter.documentText(kinds[k][0], kinds[k][1], kinds[k][2], "襄阳市樊城区人民路"));
		}
		// 100,000 open posts over the next 30 days within ~30 km of 襄阳's centre
		this.jdbc
			.sql("""
					insert into gig.post (employer_account_id, employer_name, org_path, title, trade, description,
					    pay_unit, pay_fen, hourly_equivalent_fen, minimum_wage_checked, region_code, address, lat, lon,
					    work_date, start_time, end_time, headcount, status, search_text)
					select 900000 + i % 500, '基准测试雇主', '1'::ltree, k.title, k.trade, k.description,
					       'DAY', 20000 + (i % 150) * 100, (20000 + (i % 150) * 100) / 8, true, '420606', '襄阳市樊城区人民路',
					       32.04 + (random() - 0.5) * 0.55, 112.14 + (random() - 0.5) * 0.65,
					       current_date + (i % 30), '08:00'::time, '17:00'::time, 1 + i % 5, 'OPEN', to_tsvector('simple', k.text)
					  from generate_series(1, :posts) i
					  join (values VALUES) as k(n, title, trade, description, text) on k.n = i % :kinds"""
				.replace("VALUES", values))
			.params(params)
			.update();
		this.jdbc.sql("analyze gig.post").update();

		ApiClient client = new ApiClient(this.port);
		String[] queries = { "水暖工", "保洁", "电工 检修", "搬运", "水暖 维修", "服务员" };
		Random random = new Random(42);
		LocalDate today = LocalDate.now(BusinessTime.ZONE);
		long[] nanos = new long[REQUESTS];
		for (int i = 0; i < WARM_UP + REQUESTS; i++) {
			String q = URLEncoder.encode(queries[random.nextInt(queries.length)], StandardCharsets.UTF_8);
			double lat = 32.04 + (random.nextDouble() - 0.5) * 0.3;
			double lon = 112.14 + (random.nextDouble() - 0.5) * 0.3;
			String url = "/api/v1/public/gig/posts?q=" + q + "&lat=" + lat + "&lon=" + lon + "&km=10&from=" + today
					+ "&to=" + today.plusDays(7) + "&minPayFen=2600&size=20";
			long started = System.nanoTime();
			ApiClient.Response response = client.get(url);
			long took = System.nanoTime() - started;
			assertThat(response.status()).isEqualTo(200);
			if (i >= WARM_UP) {
				nanos[i - WARM_UP] = took;
			}
		}
		Arrays.sort(nanos);
		System.out.printf(
				"gig search over %,d posts, %,d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", POSTS,
				REQUESTS, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[REQUESTS - 1] / 1e6);
		this.jdbc.sql("delete from gig.post where employer_account_id >= 900000").update();
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
	}

}
