package org.gonghui.demo;

import java.util.SplittableRandom;

/**
 * Personal names: surnames weighted roughly by their share of the population (about per
 * mille, common surnames first), with Hubei's 熊, 汪 and 涂 added; given names of one or two
 * characters leaning male or female.
 */
final class ChineseNames {

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董",
			"袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "熊", "汪", "涂", "姚", "卢", "姜",
			"崔", "钟", "谭", "陆", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "秦", "邱", "江", "尹", "薛",
			"闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫",
			"孔", "向", "汤", "欧阳" };

	private static final int[] SURNAME_WEIGHTS = { 71, 70, 66, 54, 45, 31, 22, 21, 20, 19, 15, 15, 14, 13, 13, 11, 11,
			11, 10, 9, 9, 8, 8, 7, 7, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 4, 3,
			3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
			2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1 };

	private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋阳峰建国志文东海亮成新永晨博豪睿轩航兵锋坤彬振";

	private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲燕萍红婷雪琳莉梅慧倩颖洁佳欣怡雯丹蕾璐瑶晶月莹悦琴云兰凤英露薇";

	private static final String EITHER = "文晓思子雨可嘉明小海春秋一诗佳家";

	private ChineseNames() {
	}

	static String next(SplittableRandom random, boolean male) {
		String surname = SURNAMES[Pick.weighted(random, SURNAME_WEIGHTS)];
		String pool = male ? MALE : FEMALE;
		char last = pool.charAt(random.nextInt(pool.length()));
		if (Pick.percent(random, 35)) {
			return surname + last;
		}
		String firstPool = Pick.percent(random, 30) ? EITHER : pool;
		return surname + firstPool.charAt(random.nextInt(firstPool.length())) + last;
	}

}
