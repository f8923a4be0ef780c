import org.gonghui.gig.ChineseSegmenter;

/**
 * Prints the job kinds of the gig benchmark as SQL (a temporary table {@code kind}), with
 * each kind's search text segmented by the platform's own {@link ChineseSegmenter}, exactly
 * as a post is stored ({@code Kinds query 水暖工} prints the tsquery the search sends instead). Launched by bench/gig/run.sh with the project's classpath.
 */
public class Kinds {

	static final String[][] KINDS = { { "招聘水暖维修工", "水暖工", "上门维修水管、水龙头、地漏和暖气片，更换阀门" },
			{ "小区水暖管道维修", "水暖工", "小区管道检修，日结" }, { "招聘持证电工", "电工", "线路排查、插座开关更换、配电箱检修" },
			{ "写字楼保洁", "保洁员", "办公区域和公共区域清洁" }, { "仓库装卸搬运", "搬运工", "货物装卸、搬运上楼，按时结算" },
			{ "快递分拣夜班", "快递分拣员", "按单分拣、扫码、打包" }, { "周末餐厅服务员", "餐厅服务员", "点菜、传菜、收台" },
			{ "贴砖瓦工", "瓦工", "墙地砖铺贴、防水施工" }, { "钟点工做饭保洁", "家政服务员", "上门做饭、清洁、陪护" },
			{ "园林绿化养护", "绿化工", "修剪、浇灌、除草" } };

	static final String ADDRESS = "襄阳市樊城区人民路";

	public static void main(String[] args) {
		ChineseSegmenter segmenter = new ChineseSegmenter();
		if (args.length == 2 && args[0].equals("query")) {
			// the tsquery text the search sends for these words
			System.out.println(segmenter.queryText(args[1]).orElseThrow());
			return;
		}
		System.out.println("create temporary table kind (n int, title text, trade text, description text, text text);");
		System.out.println("insert into kind values");
		for (int k = 0; k < KINDS.length; k++) {
			String[] kind = KINDS[k];
			String text = segmenter.documentText(kind[0], kind[1], kind[2], ADDRESS);
			System.out.printf(" (%d, %s, %s, %s, %s)%s%n", k, quote(kind[0]), quote(kind[1]), quote(kind[2]), quote(text),
					k == KINDS.length - 1 ? ";" : ",");
		}
	}

	static String quote(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
