import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.gonghui.assistance.HardshipCategoryProposal;
import org.gonghui.assistance.HardshipCause;
import org.gonghui.assistance.HardshipThresholds;
import org.gonghui.assistance.HouseholdFigures;
import org.gonghui.assistance.HouseholdMember;
import org.gonghui.assistance.MinimumLivingStandard;
import org.gonghui.gig.ChineseSegmenter;
import org.gonghui.mutualaid.ClaimCalculator;
import org.gonghui.mutualaid.ClaimComputation;
import org.gonghui.mutualaid.ClaimFacts;
import org.gonghui.mutualaid.CoverPeriod;
import org.gonghui.mutualaid.Invoice;
import org.gonghui.mutualaid.PlanTerms;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.ident.CreditCode;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.ident.MobileNumber;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;
import org.gonghui.site.OpeningHours;

/**
 * Loads a province into the platform's own schema (created by its Flyway migrations) with
 * COPY, deterministically from a seed; writes import files; measures the password hash.
 *
 * <pre>
 * java -cp CP bench/src/ProvinceLoader.java load   URL members orgs seed
 * java -cp CP bench/src/ProvinceLoader.java modules URL seed
 * java -cp CP bench/src/ProvinceLoader.java import URL rows dir seed
 * java -cp CP bench/src/ProvinceLoader.java bcrypt seconds
 * java -cp CP bench/src/ProvinceLoader.java tsquery words...
 * </pre>
 *
 * Keys come from GONGHUI_CRYPTO_KEY and GONGHUI_CRYPTO_HASH_KEY, as for the platform.
 */
public class ProvinceLoader {

	static final int CITIES = 16;

	static final int COUNTIES = 120;

	static final String PROVINCE_CODE = "42";

	/** Birth dates spread over 40 years: ages 20 to 60. */
	static final int DAYS = 14_610;

	static final LocalDate FIRST_BIRTH = LocalDate.of(1966, 1, 1);

	/** Import rows use sequence numbers from here, so they never meet loaded members. */
	static final int IMPORT_SEQUENCE_BLOCK = 500;

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
			"何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于",
			"蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈" };

	// roughly the shares of the commonest surnames (王 7%, 李 7%, 张 6.8% …)
	static final double[] SURNAME_WEIGHTS = { 7.1, 7.0, 6.8, 5.4, 4.6, 3.1, 2.5, 2.3, 2.1, 1.9, 1.8, 1.6, 1.4, 1.3,
			1.3, 1.2, 1.2, 1.1, 1.1, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8, 0.7, 0.7, 0.7, 0.7, 0.6, 0.6, 0.6, 0.6, 0.6, 0.5, 0.5,
			0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4 };

	static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏飞宇浩然子涵欣怡梓轩思雨俊杰佳琪晨阳雪梅海燕春林金凤立新";

	static final String[] CITY_NAMES = { "江城", "荆楚", "襄阳", "宜昌", "黄石", "十堰", "荆州", "孝感", "黄冈", "咸宁", "随州", "恩施",
			"鄂州", "荆门", "仙桃", "潜江" };

	static final String[] OCCUPATIONS = { "车工", "钳工", "焊工", "电工", "护士", "教师", "快递员", "网约车司机", "外卖骑手", "营业员",
			"会计", "保安员", "厨师", "建筑工人", "装配工", "质检员" };

	static final String[] SKILLS = { "五级/初级工", "四级/中级工", "三级/高级工", "二级/技师", "一级/高级技师" };

	static final String[] SKILL_CODES = { "LEVEL_5", "LEVEL_4", "LEVEL_3", "LEVEL_2", "LEVEL_1" };

	static final String[] PHONE_PREFIXES = { "139", "138", "137", "136", "135", "150", "151", "152", "158", "159",
			"186", "187", "188", "189", "133", "153", "180", "181", "177", "199" };

	static final String[] OWNERSHIPS = { "NON_PUBLIC", "NON_PUBLIC", "NON_PUBLIC", "NON_PUBLIC", "STATE_OWNED",
			"COLLECTIVE", "FOREIGN_INVESTED", "PUBLIC_INSTITUTION", "GOVERNMENT_BODY", "SOCIAL_ORGANISATION" };

	static final String[] TRADES = { "科技", "机械", "建材", "物流", "商贸", "医药", "食品", "纺织", "电子", "汽车零部件", "餐饮", "物业",
			"建筑", "化工", "新能源", "信息" };

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
			case "modules" -> Modules.load(args[1], Long.parseLong(args[2]));
			case "import" -> importFiles(args[1], Integer.parseInt(args[2]), Path.of(args[3]), Long.parseLong(args[4]));
			case "bcrypt" -> bcrypt(Double.parseDouble(args[1]));
			case "tsquery" -> {
				// the tsquery text the gig search sends for each argument (the platform's ChineseSegmenter)
				ChineseSegmenter segmenter = new ChineseSegmenter();
				for (int i = 1; i < args.length; i++) {
					System.out.println(segmenter.queryText(args[i]).orElseThrow());
				}
			}
			default -> throw new IllegalArgumentException("load | modules | import | bcrypt | tsquery");
		}
	}

	/**
	 * The platform's format (AES-256-GCM, 12-byte nonce first, 128-bit tag; HMAC-SHA-256 for
	 * lookups) with the cipher objects reused per thread and the nonce taken from the seed, so
	 * that a load is fast and byte-for-byte repeatable. Every 10 000th value is checked
	 * against {@link PersonalDataCipher} itself.
	 */
	static final class Sealer {

		private final PersonalDataCipher platform;

		private final javax.crypto.spec.SecretKeySpec key;

		private final javax.crypto.spec.SecretKeySpec hashKey;

		private final ThreadLocal<javax.crypto.Cipher> ciphers;

		private final ThreadLocal<javax.crypto.Mac> macs;

		Sealer() {
			this.platform = cipher();
			this.key = new javax.crypto.spec.SecretKeySpec(key("GONGHUI_CRYPTO_KEY"), "AES");
			this.hashKey = new javax.crypto.spec.SecretKeySpec(key("GONGHUI_CRYPTO_HASH_KEY"), "HmacSHA256");
			this.ciphers = ThreadLocal.withInitial(() -> {
				try {
					return javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
				}
				catch (java.security.GeneralSecurityException ex) {
					throw new IllegalStateException(ex);
				}
			});
			this.macs = ThreadLocal.withInitial(() -> {
				try {
					javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
					mac.init(this.hashKey);
					return mac;
				}
				catch (java.security.GeneralSecurityException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}

		byte[] encrypt(String plain, long nonceSeed) {
			try {
				byte[] nonce = new byte[12];
				SplittableRandom r = new SplittableRandom(nonceSeed);
				long a = r.nextLong();
				int b = r.nextInt();
				for (int i = 0; i < 8; i++) {
					nonce[i] = (byte) (a >>> (8 * i));
				}
				for (int i = 0; i < 4; i++) {
					nonce[8 + i] = (byte) (b >>> (8 * i));
				}
				javax.crypto.Cipher cipher = this.ciphers.get();
				cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, this.key, new javax.crypto.spec.GCMParameterSpec(128, nonce));
				byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
				byte[] out = new byte[12 + sealed.length];
				System.arraycopy(nonce, 0, out, 0, 12);
				System.arraycopy(sealed, 0, out, 12, sealed.length);
				return out;
			}
			catch (java.security.GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		byte[] hash(String plain) {
			return this.macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8));
		}

		void check(String plain, byte[] sealed, byte[] hash) {
			if (!this.platform.decrypt(sealed).equals(plain)
					|| !java.util.Arrays.equals(this.platform.hash(plain), hash)) {
				throw new IllegalStateException("sealed values differ from PersonalDataCipher's");
			}
		}

	}

	static PersonalDataCipher cipher() {
		return new PersonalDataCipher(key("GONGHUI_CRYPTO_KEY"), key("GONGHUI_CRYPTO_HASH_KEY"));
	}

	static byte[] key(String variable) {
		String value = System.getenv(variable);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(variable + " must be set (the platform's key, base64)");
		}
		return Base64.getDecoder().decode(value.strip());
	}

	// ---------------------------------------------------------------- the province

	record Org(long id, String name, String type, long parentId, String path, String region, Long enterpriseId,
			int county) {
	}

	static void load(String url, int members, int orgs, long seed) throws Exception {
		Sealer cipher = new Sealer();
		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(url)) {
			db.setAutoCommit(true);
			long rootId;
			String rootPath;
			try (Statement st = db.createStatement();
					ResultSet rs = st.executeQuery(
							"select id, path::text from org.organisation where parent_id is null order by id limit 1")) {
				if (!rs.next()) {
					throw new IllegalStateException("No root organisation: start the platform once on this database");
				}
				rootId = rs.getLong(1);
				rootPath = rs.getString(2);
			}
			long existing = count(db, "select count(*) from member.member");
			if (existing > 0 || count(db, "select count(*) from org.organisation") > 1) {
				throw new IllegalStateException("The database already holds data; load into a fresh one");
			}
			SplittableRandom random = new SplittableRandom(seed);
			long nextOrgId = count(db, "select coalesce(max(id), 0) from org.organisation") + 1;
			long nextEnterpriseId = count(db, "select coalesce(max(id), 0) from org.enterprise") + 1;

			// the tree: province, 16 cities, 120 counties (7 or 8 a city), grassroots unions under counties
			List<Org> tree = new ArrayList<>(orgs);
			long provinceId = nextOrgId++;
			String provincePath = rootPath + "." + provinceId;
			tree.add(new Org(provinceId, "湖北省总工会", "PROVINCIAL_FEDERATION", rootId, provincePath,
					PROVINCE_CODE + "0000", null, -1));
			List<Org> counties = new ArrayList<>();
			for (int c = 0; c < CITIES; c++) {
				long cityId = nextOrgId++;
				String cityCode = PROVINCE_CODE + String.format("%02d", c + 1);
				String cityPath = provincePath + "." + cityId;
				tree.add(new Org(cityId, CITY_NAMES[c] + "市总工会", "CITY_FEDERATION", provinceId, cityPath,
						cityCode + "00", null, -1));
				int countiesHere = COUNTIES / CITIES + (c < COUNTIES % CITIES ? 1 : 0);
				for (int k = 0; k < countiesHere; k++) {
					long countyId = nextOrgId++;
					Org county = new Org(countyId, CITY_NAMES[c] + "市第" + (k + 1) + "区总工会", "COUNTY_FEDERATION",
							cityId, cityPath + "." + countyId, cityCode + String.format("%02d", k + 1), null,
							counties.size());
					counties.add(county);
					tree.add(county);
				}
			}
			int grassroots = Math.max(counties.size(), orgs - tree.size());
			List<Org> unions = new ArrayList<>(grassroots);
			StringBuilder enterprises = new StringBuilder();
			int enterpriseCount = 0;
			for (int g = 0; g < grassroots; g++) {
				Org county = counties.get(g < counties.size() ? g : random.nextInt(counties.size()));
				long enterpriseId = nextEnterpriseId++;
				String enterpriseName = enterpriseName(county, g, random);
				enterprises.append(enterpriseRow(enterpriseId, enterpriseName, county.region(), random, true));
				enterpriseCount++;
				long id = nextOrgId++;
				Org union = new Org(id, enterpriseName + "工会委员会", "GRASSROOTS_UNION", county.id(),
						county.path() + "." + id, county.region(), enterpriseId, county.county());
				unions.add(union);
				tree.add(union);
			}
			// employers without a union: the founding rate's gap, about one in five
			int unorganised = grassroots / 4;
			for (int e = 0; e < unorganised; e++) {
				Org county = counties.get(random.nextInt(counties.size()));
				enterprises.append(enterpriseRow(nextEnterpriseId++, enterpriseName(county, grassroots + e, random),
						county.region(), random, false));
				enterpriseCount++;
			}

			// members a union: skewed, a few large employers and many small ones
			double[] weights = new double[unions.size()];
			double total = 0;
			for (int g = 0; g < weights.length; g++) {
				weights[g] = Math.pow(1 - random.nextDouble(), -1 / 1.6); // Pareto, alpha 1.6
				weights[g] = Math.min(weights[g], 400);
				total += weights[g];
			}
			int[] sizes = new int[unions.size()];
			int assigned = 0;
			for (int g = 0; g < sizes.length; g++) {
				sizes[g] = (int) Math.floor(members * weights[g] / total);
				assigned += sizes[g];
			}
			for (int g = 0; assigned < members; g = (g + 1) % sizes.length) {
				sizes[g]++;
				assigned++;
			}

			// who is active: 2% have left; only the active are counted on their union
			int[] active = new int[unions.size()];
			long[] firstMemberId = new long[unions.size()];
			int[] firstCountySequence = new int[unions.size()];
			long nextMemberId = count(db, "select coalesce(max(id), 0) from member.member") + 1;
			int[] countyCounters = new int[counties.size()];
			for (int g = 0; g < unions.size(); g++) {
				firstMemberId[g] = nextMemberId;
				nextMemberId += sizes[g];
				firstCountySequence[g] = countyCounters[unions.get(g).county()];
				countyCounters[unions.get(g).county()] += sizes[g];
				for (int m = 0; m < sizes[g]; m++) {
					if (!leftMember(seed, firstMemberId[g] + m)) {
						active[g]++;
					}
				}
			}

			log(started, "plan: %,d organisations (%,d grassroots), %,d enterprises, %,d members", tree.size(),
					unions.size(), enterpriseCount, members);
			List<String> orgIndexes = dropSecondaryIndexes(db, "org.organisation");
			orgIndexes.addAll(dropSecondaryIndexes(db, "org.enterprise"));
			copy(db, "copy org.enterprise (id, name, credit_code, ownership, headcount, region_code) from stdin",
					enterprises.toString());
			StringBuilder orgRows = new StringBuilder();
			Map<Long, Integer> activeByOrg = new HashMap<>();
			for (int g = 0; g < unions.size(); g++) {
				activeByOrg.put(unions.get(g).id(), active[g]);
			}
			for (Org org : tree) {
				boolean union = org.type().equals("GRASSROOTS_UNION");
				LocalDate founded = LocalDate.of(1985, 1, 1).plusDays(random.nextInt(14_000));
				orgRows.append(org.id())
					.append('\t')
					.append(org.name())
					.append('\t')
					.append(org.type())
					.append('\t')
					.append(org.parentId())
					.append('\t')
					.append(org.path())
					.append('\t')
					.append(org.region())
					.append('\t')
					.append(org.enterpriseId() == null ? "\\N" : org.enterpriseId())
					.append('\t')
					.append(founded)
					.append('\t')
					.append(union && random.nextInt(100) < 72 ? 't' : 'f')
					.append('\t')
					.append(union && random.nextInt(100) < 64 ? 't' : 'f')
					.append('\t')
					.append(activeByOrg.getOrDefault(org.id(), 0))
					.append('\n');
			}
			copy(db, """
					copy org.organisation (id, name, type, parent_id, path, region_code, enterprise_id, founded_on,
					    has_workers_congress, has_open_affairs, member_count) from stdin""", orgRows.toString());
			exec(db, "set maintenance_work_mem = '512MB'");
			for (String index : orgIndexes) {
				exec(db, index);
			}
			exec(db, "select setval('org.organisation_id_seq', (select max(id) from org.organisation))");
			exec(db, "select setval('org.enterprise_id_seq', (select max(id) from org.enterprise))");
			exec(db, "analyze org.organisation");
			exec(db, "analyze org.enterprise");
			log(started, "organisations and enterprises loaded");

			// county staff to sign in as: bench001 … bench120, password Bench12345
			String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("Bench12345");
			StringBuilder accounts = new StringBuilder();
			for (Org county : counties) {
				accounts.append(String.format("bench%03d", county.county() + 1))
					.append('\t')
					.append(hash)
					.append('\t')
					.append(county.name())
					.append("干部\tFEDERATION_STAFF\t")
					.append(county.id())
					.append('\t')
					.append(county.path())
					.append('\n');
			}
			copy(db, "copy account.account (username, password_hash, display_name, role, org_id, org_path) from stdin",
					accounts.toString());

			// members: without the secondary indexes, rebuilt from their own definitions after
			List<String> rebuild = dropSecondaryIndexes(db, "member.member");
			// the roster counts are rebuilt once after the load rather than from a transition
			// table of ten million rows (V3_4__member_roster_counts.sql)
			exec(db, "alter table member.member disable trigger roster_counts_insert");
			String sql = """
					copy member.member (id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date, gender,
					    phone, org_id, org_path, employer, joined_on, status, occupation, skill_level, new_employment_form)
					from stdin""";
			int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try (OutputStream out = new PGCopyOutputStream(db.unwrap(PGConnection.class), sql, 1 << 20)) {
				int chunk = 256;
				List<Future<byte[]>> pending = new ArrayList<>();
				long lastReport = System.nanoTime();
				for (int start = 0; start < unions.size() || !pending.isEmpty();) {
					while (start < unions.size() && pending.size() < threads * 3) {
						int from = start;
						int to = Math.min(unions.size(), start + chunk);
						pending.add(pool.submit(() -> {
							StringBuilder rows = new StringBuilder(64 * 1024);
							for (int g = from; g < to; g++) {
								Org union = unions.get(g);
								for (int m = 0; m < sizes[g]; m++) {
									memberRow(rows, cipher, seed, firstMemberId[g] + m, union,
											firstCountySequence[g] + m, "ACTIVE");
								}
							}
							return rows.toString().getBytes(StandardCharsets.UTF_8);
						}));
						start = to;
					}
					Future<byte[]> next = pending.remove(0);
					out.write(next.get());
					if (System.nanoTime() - lastReport > 5_000_000_000L) {
						lastReport = System.nanoTime();
						long done = start >= unions.size() ? members : firstMemberId[Math.min(start, unions.size() - 1)]
								- firstMemberId[0];
						log(started, "members: about %,d of %,d written", done, members);
					}
				}
			}
			finally {
				pool.shutdown();
			}
			log(started, "members copied; building indexes");
			exec(db, "set maintenance_work_mem = '1GB'");
			for (String index : rebuild) {
				long t = System.nanoTime();
				exec(db, index);
				log(started, "  %s (%d s)", index, (System.nanoTime() - t) / 1_000_000_000);
			}
			exec(db, "alter table member.member enable trigger roster_counts_insert");
			exec(db, "select member.recompute_roster_counts()");
			log(started, "roster counts rebuilt");
			exec(db, "select setval('member.member_id_seq', (select max(id) from member.member))");
			exec(db, "vacuum (analyze) member.member");
			exec(db, "vacuum (analyze) org.organisation");
			exec(db, "vacuum (analyze) org.enterprise");
			log(started, "done: %,d members, %,d organisations", count(db, "select count(*) from member.member"),
					count(db, "select count(*) from org.organisation"));
			long inconsistent = count(db, """
					select count(*) from org.organisation o
					where o.member_count <> (select count(*) from member.member m where m.org_id = o.id and m.status = 'ACTIVE')
					  and o.type = 'GRASSROOTS_UNION' and o.id % 97 = 0""");
			if (inconsistent > 0) {
				throw new IllegalStateException(inconsistent + " unions' member counts disagree with their members");
			}
			log(started, "member counters checked on a sample of unions: consistent");
		}
	}

	static boolean leftMember(long seed, long memberId) {
		return Math.floorMod(mix(seed ^ (memberId * 0x9E3779B97F4A7C15L)), 50) == 0;
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	static String enterpriseName(Org county, int index, SplittableRandom random) {
		return county.name().replace("总工会", "") + TRADES[random.nextInt(TRADES.length)] + String.format("%06d", index)
				+ "有限公司";
	}

	static String enterpriseRow(long id, String name, String region, SplittableRandom random, boolean unionised) {
		String body = "91" + region + String.format("MA%07d", id % 10_000_000);
		String credit = body + CreditCode.checkCharacter(body);
		int headcount = unionised ? 20 + random.nextInt(2_000) : 3 + random.nextInt(60);
		return id + "\t" + name + "\t" + credit + "\t" + OWNERSHIPS[random.nextInt(OWNERSHIPS.length)] + "\t"
				+ headcount + "\t" + region + "\n";
	}

	/** One member as the platform stores it; everything follows from the seed and the id. */
	static void memberRow(StringBuilder out, Sealer cipher, long seed, long memberId, Org union,
			int countySequence, String forcedStatus) {
		Person p = person(seed, memberId, union.region(), countySequence);
		String status = leftMember(seed, memberId) ? "LEFT" : forcedStatus;
		byte[] sealed = cipher.encrypt(p.idNumber, mix(seed ^ memberId));
		byte[] hash = cipher.hash(p.idNumber);
		if (memberId % 10_000 == 0) {
			cipher.check(p.idNumber, sealed, hash);
			IdNumber parsed = IdNumber.of(p.idNumber);
			if (!parsed.birthDate().equals(p.birthDate) || !parsed.gender().name().equals(p.gender)) {
				throw new IllegalStateException("ID number disagrees with its birth date or gender: " + p.idNumber);
			}
		}
		out.append(memberId).append('\t').append(p.name).append('\t');
		hex(out, sealed);
		out.append('\t');
		hex(out, hash);
		out.append('\t')
			.append(IdNumber.mask(p.idNumber))
			.append('\t')
			.append(p.birthDate)
			.append('\t')
			.append(p.gender)
			.append('\t')
			.append(p.phone)
			.append('\t')
			.append(union.id())
			.append('\t')
			.append(union.path())
			.append('\t')
			.append(union.name().replace("工会委员会", ""))
			.append('\t')
			.append(p.joinedOn)
			.append('\t')
			.append(status)
			.append('\t')
			.append(p.occupation == null ? "\\N" : p.occupation)
			.append('\t')
			.append(p.skill < 0 ? "\\N" : SKILL_CODES[p.skill])
			.append('\t')
			.append(p.newEmploymentForm ? 't' : 'f')
			.append('\n');
	}

	record Person(String name, String idNumber, LocalDate birthDate, String gender, String phone, LocalDate joinedOn,
			String occupation, int skill, boolean newEmploymentForm) {
	}

	static Person person(long seed, long key, String region, int countySequence) {
		SplittableRandom r = new SplittableRandom(mix(seed * 31 + key));
		String name = surname(r) + GIVEN.charAt(r.nextInt(GIVEN.length()))
				+ (r.nextInt(10) < 7 ? String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length()))) : "");
		// region, birth date and sequence: unique within a county for 14.6 million people
		LocalDate birth = FIRST_BIRTH.plusDays(countySequence % DAYS);
		int sequence = countySequence / DAYS % 1000;
		StringBuilder body = new StringBuilder(18).append(region).append(birth.getYear());
		pad(body, birth.getMonthValue(), 2);
		pad(body, birth.getDayOfMonth(), 2);
		pad(body, sequence, 3);
		String idNumber = body.append(IdNumber.checkCharacter(body.toString())).toString();
		// GB 11643-1999: the sequence's last digit is odd for men
		String gender = sequence % 2 == 1 ? "MALE" : "FEMALE";
		StringBuilder phone = new StringBuilder(11).append(PHONE_PREFIXES[(int) Math.floorMod(key, PHONE_PREFIXES.length)]);
		pad(phone, Math.floorMod(key * 7_919L, 100_000_000L), 8);
		LocalDate adult = birth.plusYears(18);
		LocalDate latest = LocalDate.of(2026, 6, 30);
		LocalDate joinedOn = adult.plusDays(r.nextInt((int) Math.max(1, latest.toEpochDay() - adult.toEpochDay())));
		String occupation = r.nextInt(10) < 8 ? OCCUPATIONS[r.nextInt(OCCUPATIONS.length)] : null;
		int skill = r.nextInt(10) < 5 ? r.nextInt(SKILLS.length) : -1;
		return new Person(name, idNumber, birth, gender, phone.toString(), joinedOn, occupation, skill,
				r.nextInt(100) < 6);
	}

	static void pad(StringBuilder out, long value, int width) {
		String digits = Long.toString(value);
		for (int i = digits.length(); i < width; i++) {
			out.append('0');
		}
		out.append(digits);
	}

	static final double SURNAME_TOTAL = java.util.Arrays.stream(SURNAME_WEIGHTS).sum();

	static String surname(SplittableRandom r) {
		double total = SURNAME_TOTAL;
		double pick = r.nextDouble() * total;
		for (int i = 0; i < SURNAMES.length; i++) {
			pick -= SURNAME_WEIGHTS[i];
			if (pick <= 0) {
				return SURNAMES[i];
			}
		}
		return SURNAMES[0];
	}

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	static void hex(StringBuilder out, byte[] bytes) {
		out.append("\\\\x");
		for (byte b : bytes) {
			out.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
		}
	}

	static List<String> dropSecondaryIndexes(Connection db, String table) throws SQLException {
		List<String> rebuild = new ArrayList<>();
		Map<String, String> drops = new LinkedHashMap<>();
		try (Statement st = db.createStatement()) {
			try (ResultSet rs = st.executeQuery("select conname, pg_get_constraintdef(oid) from pg_constraint "
					+ "where conrelid = '" + table + "'::regclass and contype = 'u'")) {
				while (rs.next()) {
					drops.put("alter table " + table + " drop constraint " + rs.getString(1),
							"alter table " + table + " add constraint " + rs.getString(1) + " " + rs.getString(2));
				}
			}
			try (ResultSet rs = st.executeQuery("""
					select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
					where i.indrelid = '%s'::regclass
					  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)""".formatted(table))) {
				while (rs.next()) {
					drops.put("drop index " + rs.getString(1), rs.getString(2));
				}
			}
		}
		for (Map.Entry<String, String> drop : drops.entrySet()) {
			exec(db, drop.getKey());
			rebuild.add(drop.getValue());
		}
		return rebuild;
	}

	// ---------------------------------------------------------------- the modules' records

	/**
	 * The modules' records for a loaded province, in proportion to it, by COPY into the
	 * platform's own tables (assistance, mutualaid, competition, site, gig), deterministic from
	 * the seed. Proportions from the environment (defaults in brackets, see bench/README.md):
	 * HARDSHIP_RATE (0.005 of active members), ENROLMENT_RATE (0.10 of active members, in
	 * their city's plan), CLAIM_RATE (0.05 of enrolments), ENTRY_RATE (0.002 of active
	 * members), SITES_PER_COUNTY (5), GIG_POSTS (100 000). Encrypted fields are sealed like
	 * the member ID numbers (the platform's format, the nonce from the seed) and checked with
	 * the platform's own classes ({@code PersonalDetails}, {@code PersonalDataCipher}).
	 */
	static final class Modules {

		static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

		static final int YEAR = TODAY.getYear();

		/** WGS-84 centres of the 16 cities, in the order of CITY_NAMES (Wuhan, Tianmen, Xiangyang …). */
		static final double[][] CITY_CENTRES = { { 30.593, 114.305 }, { 30.653, 113.166 }, { 32.009, 112.122 },
				{ 30.692, 111.286 }, { 30.200, 115.039 }, { 32.629, 110.798 }, { 30.335, 112.240 },
				{ 30.926, 113.916 }, { 30.453, 114.872 }, { 29.841, 114.322 }, { 31.690, 113.383 },
				{ 30.272, 109.488 }, { 30.391, 114.894 }, { 31.035, 112.204 }, { 30.364, 113.454 },
				{ 30.402, 112.900 } };

		/** The site benchmark's opening-hour patterns (bench/site/generate.sql). */
		static final String[] HOURS = { "DAILY 24h", "DAILY 07:00-19:00", "DAILY 06:30-21:00",
				"MON-FRI 08:00-18:00; SAT,SUN 09:00-17:00", "DAILY 18:00-06:00", "MON-FRI 08:30-17:30",
				"MON-FRI 08:30-12:00,14:00-17:30", "TUE-SUN 09:00-21:00" };

		/** The gig benchmark's job kinds (bench/gig/Kinds.java): title, trade, description. */
		static final String[][] KINDS = { { "招聘水暖维修工", "水暖工", "上门维修水管、水龙头、地漏和暖气片，更换阀门" },
				{ "小区水暖管道维修", "水暖工", "小区管道检修，日结" }, { "招聘持证电工", "电工", "线路排查、插座开关更换、配电箱检修" },
				{ "写字楼保洁", "保洁员", "办公区域和公共区域清洁" }, { "仓库装卸搬运", "搬运工", "货物装卸、搬运上楼，按时结算" },
				{ "快递分拣夜班", "快递分拣员", "按单分拣、扫码、打包" }, { "周末餐厅服务员", "餐厅服务员", "点菜、传菜、收台" },
				{ "贴砖瓦工", "瓦工", "墙地砖铺贴、防水施工" }, { "钟点工做饭保洁", "家政服务员", "上门做饭、清洁、陪护" },
				{ "园林绿化养护", "绿化工", "修剪、浇灌、除草" } };

		static final String[][] DIAGNOSES = { { "K35.8", "急性阑尾炎" }, { "J18.9", "肺炎" }, { "I21.9", "急性心肌梗死" },
				{ "S82.2", "胫骨骨折" }, { "K80.2", "胆囊结石" }, { "C34.9", "肺恶性肿瘤" }, { "E11.9", "2型糖尿病" },
				{ "N20.0", "肾结石" } };

		record O(long id, String name, String type, String path, String region, int city, int county,
				String creditCode, String employer) {
		}

		record M(long id, String name, long orgId, String orgPath, String masked, LocalDate joinedOn) {
		}

		static double rate(String variable, double fallback) {
			String value = System.getenv(variable);
			return value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
		}

		/** A deterministic draw in [0, 1) for a purpose and a key. */
		static double draw(long seed, long purpose, long key) {
			return (mix(seed ^ (purpose * 0x9E3779B97F4A7C15L) ^ mix(key + purpose)) >>> 11) * 0x1.0p-53;
		}

		static void load(String url, long seed) throws Exception {
			double hardshipRate = rate("HARDSHIP_RATE", 0.005);
			double enrolmentRate = rate("ENROLMENT_RATE", 0.10);
			double claimRate = rate("CLAIM_RATE", 0.05);
			double entryRate = rate("ENTRY_RATE", 0.002);
			int sitesPerCounty = (int) rate("SITES_PER_COUNTY", 5);
			int gigPosts = (int) rate("GIG_POSTS", 100_000);
			Sealer sealer = new Sealer();
			long started = System.nanoTime();
			try (Connection db = DriverManager.getConnection(url)) {
				db.setAutoCommit(true);
				for (String table : List.of("assistance.hardship_case", "mutualaid.plan", "competition.contest",
						"site.site", "gig.post")) {
					if (count(db, "select count(*) from " + table) > 0) {
						throw new IllegalStateException(table + " already holds rows; load the modules into a fresh province");
					}
				}
				// the tree as loaded: cities and counties in id order (CITY_NAMES order), unions with employers
				Map<Long, O> orgs = new HashMap<>();
				List<O> cities = new ArrayList<>();
				List<O> counties = new ArrayList<>();
				List<O> unions = new ArrayList<>();
				List<List<O>> unionsByCity = new ArrayList<>();
				O province = null;
				O root = null;
				Map<Long, Integer> cityIndex = new HashMap<>();
				Map<Long, Integer> countyIndex = new HashMap<>();
				try (Statement st = db.createStatement()) {
					st.setFetchSize(10_000);
					try (ResultSet rs = st.executeQuery("""
							select o.id, o.name, o.type, o.path::text, o.region_code, o.parent_id, e.credit_code, e.name
							from org.organisation o left join org.enterprise e on e.id = o.enterprise_id
							order by o.id""")) {
						while (rs.next()) {
							long id = rs.getLong(1);
							String type = rs.getString(3);
							long parent = rs.getLong(6);
							int city = -1;
							int county = -1;
							if (type.equals("CITY_FEDERATION")) {
								city = cities.size();
								cityIndex.put(id, city);
							}
							else if (type.equals("COUNTY_FEDERATION")) {
								city = cityIndex.get(parent);
								county = counties.size();
								countyIndex.put(id, county);
							}
							else if (type.equals("GRASSROOTS_UNION")) {
								county = countyIndex.getOrDefault(parent, -1);
								city = county < 0 ? -1 : counties.get(county).city();
							}
							O o = new O(id, rs.getString(2), type, rs.getString(4), rs.getString(5), city, county,
									rs.getString(7), rs.getString(8));
							orgs.put(id, o);
							switch (type) {
								case "CITY_FEDERATION" -> cities.add(o);
								case "COUNTY_FEDERATION" -> counties.add(o);
								case "GRASSROOTS_UNION" -> {
									if (county >= 0) {
										unions.add(o);
									}
								}
								case "PROVINCIAL_FEDERATION" -> province = o;
								default -> {
									if (root == null && o.path().indexOf('.') < 0) {
										root = o;
									}
								}
							}
						}
					}
				}
				if (province == null || root == null || cities.size() != CITIES || unions.isEmpty()) {
					throw new IllegalStateException("Load the province first (ProvinceLoader load)");
				}
				for (int c = 0; c < cities.size(); c++) {
					unionsByCity.add(new ArrayList<>());
				}
				for (O union : unions) {
					unionsByCity.get(union.city()).add(union);
				}
				long staffId = count(db, "select coalesce(min(id), 0) from account.account where role = 'ADMIN'");
				String staffName = "系统管理员";
				log(started, "modules: %,d unions, %,d counties; rates: hardship %.4f, enrolment %.3f, claims %.3f of "
						+ "enrolments, contest entries %.4f, %d sites a county, %,d gig posts", unions.size(),
						counties.size(), hardshipRate, enrolmentRate, claimRate, entryRate, sitesPerCounty, gigPosts);

				// ---- the members the modules need, streamed once in id order
				List<M> hardship = new ArrayList<>();
				List<M> enrolled = new ArrayList<>();
				List<M> entrants = new ArrayList<>();
				db.setAutoCommit(false);
				try (Statement st = db.createStatement()) {
					st.setFetchSize(50_000);
					try (ResultSet rs = st.executeQuery("""
							select id, name, org_id, org_path::text, id_number_masked, joined_on from member.member
							where status = 'ACTIVE' order by id""")) {
						while (rs.next()) {
							long id = rs.getLong(1);
							boolean h = draw(seed, 1, id) < hardshipRate;
							boolean e = draw(seed, 2, id) < enrolmentRate;
							boolean c = draw(seed, 3, id) < entryRate;
							if (h || e || c) {
								M m = new M(id, rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
										rs.getDate(6).toLocalDate());
								if (!orgs.containsKey(m.orgId()) || orgs.get(m.orgId()).city() < 0) {
									continue;
								}
								if (h) {
									hardship.add(m);
								}
								if (e) {
									enrolled.add(m);
								}
								if (c) {
									entrants.add(m);
								}
							}
						}
					}
				}
				db.commit();
				db.setAutoCommit(true);
				log(started, "members picked: %,d hardship files, %,d enrolments, %,d contest entrants", hardship.size(),
						enrolled.size(), entrants.size());

				assistance(db, sealer, seed, started, hardship, orgs, cities, staffId, staffName);
				mutualAid(db, sealer, seed, started, enrolled, claimRate, orgs, cities, staffId);
				competition(db, seed, started, entrants, orgs, cities, counties, province);
				sites(db, seed, started, sitesPerCounty, counties, unionsByCity);
				gig(db, seed, started, gigPosts, counties, unionsByCity);
				for (String table : List.of("assistance.hardship_case", "assistance.hardship_case_step",
						"assistance.household_person", "assistance.minimum_living_standard", "mutualaid.plan",
						"mutualaid.plan_terms", "mutualaid.enrolment", "mutualaid.claim", "mutualaid.claim_invoice",
						"mutualaid.cap_ledger", "mutualaid.payout", "competition.contest", "competition.prize_class",
						"competition.round", "competition.entry", "competition.round_entrant", "site.site",
						"gig.post")) {
					exec(db, "vacuum (analyze) " + table);
				}
				log(started, "modules done: %,d hardship files, %,d enrolments, %,d claims, %,d contests with %,d entries, "
						+ "%,d sites, %,d gig posts", count(db, "select count(*) from assistance.hardship_case"),
						count(db, "select count(*) from mutualaid.enrolment"),
						count(db, "select count(*) from mutualaid.claim"),
						count(db, "select count(*) from competition.contest"),
						count(db, "select count(*) from competition.entry"), count(db, "select count(*) from site.site"),
						count(db, "select count(*) from gig.post"));
			}
		}

		/** COPY text format: backslash, tab and line breaks escaped. */
		static String text(String value) {
			if (value == null) {
				return "\\N";
			}
			return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
		}

		static String bytes(byte[] value) {
			StringBuilder out = new StringBuilder(value.length * 2 + 4);
			hex(out, value);
			return out.toString();
		}

		static String row(Object... values) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.append('\t');
				}
				Object v = values[i];
				out.append(v == null ? "\\N" : v instanceof byte[] b ? bytes(b) : text(v.toString()));
			}
			return out.append('\n').toString();
		}

		static java.util.UUID uuid(long seed, long purpose, long key) {
			long hi = mix(seed ^ mix(purpose * 31 + key));
			long lo = mix(hi ^ key ^ 0x5DEECE66DL);
			// version 4, IETF variant: as UUID.randomUUID() makes them
			hi = (hi & ~0xF000L) | 0x4000L;
			lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			return new java.util.UUID(hi, lo);
		}

		static void assistance(Connection db, Sealer sealer, long seed, long started, List<M> members,
				Map<Long, O> orgs, List<O> cities, long staffId, String staffName) throws Exception {
			// the platform's own document class and JSON mapper for the encrypted part
			Class<?> details = Class.forName("org.gonghui.assistance.internal.PersonalDetails");
			java.lang.reflect.Constructor<?> make = details.getDeclaredConstructors()[0];
			make.setAccessible(true);
			java.lang.reflect.Field jsonField = details.getDeclaredField("JSON");
			jsonField.setAccessible(true);
			tools.jackson.databind.json.JsonMapper json = (tools.jackson.databind.json.JsonMapper) jsonField.get(null);
			java.lang.reflect.Method decrypt = details.getDeclaredMethod("decrypt", PersonalDataCipher.class, byte[].class);
			decrypt.setAccessible(true);
			PersonalDataCipher platform = cipher();

			// 低保标准 per city from 2025 (the files refer to their city's)
			LocalDate standardFrom = LocalDate.of(2025, 1, 1);
			long[] standardFen = new long[cities.size()];
			StringBuilder standards = new StringBuilder();
			for (int c = 0; c < cities.size(); c++) {
				standardFen[c] = 72_000 + 1_000L * (c % 8);
				standards.append(row(cities.get(c).region(), standardFrom, standardFen[c], null));
			}
			copy(db, "copy assistance.minimum_living_standard (region_code, effective_from, amount_fen, recorded_by) from stdin",
					standards.toString());

			HardshipThresholds thresholds = HardshipThresholds.defaults();
			HardshipCause[] causes = HardshipCause.values();
			String[] statuses = { "SUBMITTED", "SUBMITTED", "VERIFIED", "IN_NOTICE", "ACTIVE", "ACTIVE", "ACTIVE",
					"ACTIVE", "ACTIVE", "REJECTED", "EXITED" };
			String[] relations = { "配偶", "子女", "父亲", "母亲" };
			String[] health = { null, null, "慢性病", "残疾", "大病", null };
			StringBuilder cases = new StringBuilder();
			StringBuilder steps = new StringBuilder();
			StringBuilder household = new StringBuilder();
			for (int i = 0; i < members.size(); i++) {
				M m = members.get(i);
				O org = orgs.get(m.orgId());
				SplittableRandom r = new SplittableRandom(mix(seed * 101 + m.id()));
				int size = 1 + r.nextInt(5);
				// around the lines: most under 1.5 × the standard per head, some above
				long standard = standardFen[org.city()];
				long income = (long) (standard * size * (0.3 + r.nextDouble() * 1.5));
				java.util.Set<HardshipCause> why = new java.util.TreeSet<>();
				why.add(causes[r.nextInt(causes.length)]);
				if (r.nextInt(3) == 0) {
					why.add(causes[r.nextInt(causes.length)]);
				}
				List<HouseholdMember> people = new ArrayList<>();
				for (int k = 1; k < size; k++) {
					people.add(new HouseholdMember(surname(r) + GIVEN.charAt(r.nextInt(GIVEN.length())),
							relations[Math.min(k - 1, relations.length - 1)], health[r.nextInt(health.length)]));
				}
				String notes = why.contains(HardshipCause.ILLNESS) ? "长期住院治疗，医疗费用负担重" : null;
				Object personal = make.newInstance(size, income, why, people, notes);
				// the platform's JSON of the record, its causes in a fixed order (an immutable Set iterates in an
				// order that changes from one JVM to the next), so that a load is byte-for-byte repeatable
				tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) json
					.readTree(json.writeValueAsString(personal));
				tools.jackson.databind.node.ArrayNode sorted = tree.putArray("causes");
				why.forEach(cause -> sorted.add(cause.name()));
				String plain = json.writeValueAsString(tree);
				byte[] sealed = sealer.encrypt(plain, mix(seed ^ 0xA551_57A9CEL ^ mix(m.id())));
				if (i % 1_000 == 0 && !decrypt.invoke(null, platform, sealed).equals(personal)) {
					throw new IllegalStateException("hardship details do not read back through PersonalDetails");
				}
				MinimumLivingStandard mls = new MinimumLivingStandard(
						cities.get(org.city()).region(), standardFrom, Money.ofFen(standard));
				HardshipCategoryProposal proposal = HardshipCategoryProposal
					.propose(new HouseholdFigures(size,
							Money.ofFen(income), why), mls, thresholds);
				String status = statuses[r.nextInt(statuses.length)];
				if (proposal.category() == null && !status.equals("SUBMITTED")) {
					status = "REJECTED";
				}
				java.util.UUID id = uuid(seed, 10, m.id());
				LocalDate applied = TODAY.minusDays(status.equals("ACTIVE") || status.equals("EXITED")
						? 60 + r.nextInt(900) : 1 + r.nextInt(50));
				String category = switch (status) {
					case "SUBMITTED", "REJECTED" -> null;
					default -> proposal.category().name();
				};
				LocalDate noticeFirst = null;
				LocalDate noticeLast = null;
				LocalDate approved = null;
				LocalDate recheck = null;
				String rejection = null;
				String exitReason = null;
				LocalDate exited = null;
				List<String[]> history = new ArrayList<>();
				history.add(new String[] { "SUBMIT", "SUBMITTED", "SUBMITTED", "" });
				switch (status) {
					case "VERIFIED" -> history.add(new String[] { "VERIFY", "SUBMITTED", "VERIFIED", "入户核查属实" });
					case "IN_NOTICE" -> {
						noticeFirst = applied.plusDays(10);
						noticeLast = noticeFirst.plusDays(6);
						history.add(new String[] { "VERIFY", "SUBMITTED", "VERIFIED", "入户核查属实" });
						history.add(new String[] { "START_NOTICE", "VERIFIED", "IN_NOTICE", "" });
					}
					case "ACTIVE", "EXITED" -> {
						noticeFirst = applied.plusDays(10);
						noticeLast = noticeFirst.plusDays(6);
						approved = noticeLast.plusDays(3);
						recheck = approved.plusYears(1);
						history.add(new String[] { "VERIFY", "SUBMITTED", "VERIFIED", "入户核查属实" });
						history.add(new String[] { "START_NOTICE", "VERIFIED", "IN_NOTICE", "" });
						history.add(new String[] { "APPROVE", "IN_NOTICE", "APPROVED", "" });
						history.add(new String[] { "ACTIVATE", "APPROVED", "ACTIVE", "" });
						if (status.equals("EXITED")) {
							exitReason = "INCOME_ABOVE_THRESHOLD";
							exited = approved.plusDays(200);
							history.add(new String[] { "EXIT", "ACTIVE", "EXITED", "家庭收入已超过标准" });
						}
					}
					case "REJECTED" -> {
						rejection = "经核查，家庭人均收入高于困难职工认定标准";
						history.add(new String[] { "REJECT", "SUBMITTED", "REJECTED", rejection });
					}
					default -> {
					}
				}
				int deep = proposal.tests().get(0).multiple().basisPoints();
				int relative = proposal.tests().get(1).multiple().basisPoints();
				int accident = proposal.tests().get(2).multiple().basisPoints();
				java.time.OffsetDateTime created = applied.atTime(9, 0).atOffset(java.time.ZoneOffset.ofHours(8));
				cases.append(row(id, m.id(), m.name(), null, org.id(), org.path(), org.region(), applied, sealed,
						mls.regionCode(), standardFrom, standard,
						proposal.category() == null ? null : proposal.category().name(), category, status, noticeFirst,
						noticeLast, approved, recheck, rejection, exitReason, exited, history.size() - 1, deep, relative,
						accident, created, created));
				for (int s = 0; s < history.size(); s++) {
					String[] step = history.get(s);
					steps.append(row(id, s, step[0], staffId, staffName, "ADMIN", created.plusDays(s * 5L), step[1],
							step[2], step[3]));
				}
			}
			copy(db, """
					copy assistance.hardship_case (id, member_id, member_name, applicant_account_id, org_id, org_path,
					    region_code, applied_on, personal_cipher, standard_region, standard_from, standard_fen,
					    proposed_category, category, status, notice_first_day, notice_last_day, approved_on, recheck_due,
					    rejection_reason, exit_reason, exited_on, version, deep_below_bp, relative_within_bp,
					    accident_within_bp, created_at, updated_at) from stdin""", cases.toString());
			copy(db, """
					copy assistance.hardship_case_step (case_id, seq, action, actor_account_id, actor_name, actor_role, at,
					    from_status, to_status, note) from stdin""", steps.toString());
			log(started, "assistance: %,d hardship files (details encrypted, checked through PersonalDetails)",
					members.size());
		}

		static void mutualAid(Connection db, Sealer sealer, long seed, long started, List<M> members, double claimRate,
				Map<Long, O> orgs, List<O> cities, long staffId) throws Exception {
			java.lang.reflect.Method linesJson = Class.forName("org.gonghui.mutualaid.internal.Claims")
				.getDeclaredMethod("linesJson", List.class);
			linesJson.setAccessible(true);
			PersonalDataCipher platform = cipher();
			// one inpatient plan a city federation, this year's terms
			PlanTerms terms = PlanTerms.withDefaults(
					Money.ofFen(5_000), Money.ofFen(50_000),
					new Ratio(6_000), Money.ofFen(5_000_000));
			StringBuilder plans = new StringBuilder();
			StringBuilder planTerms = new StringBuilder();
			for (int c = 0; c < cities.size(); c++) {
				O city = cities.get(c);
				plans.append(row(c + 1, CITY_NAMES[c] + "市职工住院医疗互助保障", "INPATIENT_MEDICAL",
						"在职职工住院医疗费用互助", city.id(), city.path()));
				planTerms.append(row(c + 1, c + 1, YEAR, terms.premiumPerMemberPerYear().fen(), terms.exclusionDays(),
						terms.reducedPayoutUntilDay(), terms.reducedPayoutFactor().basisPoints(),
						terms.deductible().fen(), terms.payoutRatio().basisPoints(), terms.yearlyCapPerMember().fen(),
						terms.continuityGraceDays(), null, null));
			}
			copy(db, "copy mutualaid.plan (id, name, kind, description, org_id, org_path) from stdin", plans.toString());
			copy(db, """
					copy mutualaid.plan_terms (id, plan_id, year, premium_fen, exclusion_days, reduced_payout_until,
					    reduced_payout_bp, deductible_fen, payout_ratio_bp, yearly_cap_fen, continuity_grace_days,
					    disease_list_name, diseases) from stdin""", planTerms.toString());
			// enrolments streamed (a million at 10 M members) without their secondary indexes, rebuilt after from
			// their own definitions as for the members; the claims' rows kept for their own COPYs after
			List<String> enrolmentIndexes = dropSecondaryIndexes(db, "mutualaid.enrolment");
			OutputStream enrolments = new PGCopyOutputStream(db.unwrap(PGConnection.class), """
					copy mutualaid.enrolment (id, plan_id, year, member_id, member_name, id_number_masked, org_id, org_path,
					    first_day, last_day, premium_fen, certificate_no, enrolled_by) from stdin""", 1 << 20);
			StringBuilder chunk = new StringBuilder(1 << 20);
			StringBuilder claims = new StringBuilder();
			StringBuilder invoices = new StringBuilder();
			StringBuilder ledger = new StringBuilder();
			StringBuilder payouts = new StringBuilder();
			LocalDate yearStart = LocalDate.of(YEAR, 1, 1);
			LocalDate yearEnd = LocalDate.of(YEAR, 12, 31);
			long claimId = 0;
			for (int i = 0; i < members.size(); i++) {
				M m = members.get(i);
				O org = orgs.get(m.orgId());
				long plan = org.city() + 1;
				SplittableRandom r = new SplittableRandom(mix(seed * 103 + m.id()));
				LocalDate first = r.nextInt(4) == 0 ? yearStart.plusDays(r.nextInt(120)) : yearStart;
				chunk.append(row(i + 1, plan, YEAR, m.id(), m.name(), m.masked(), org.id(), org.path(), first, yearEnd,
						terms.premiumPerMemberPerYear().fen(), String.format("HZ%d%02d%09d", YEAR, plan, i + 1), null));
				if (chunk.length() > (1 << 19)) {
					enrolments.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
					chunk.setLength(0);
				}
				if (draw(seed, 4, m.id()) >= claimRate) {
					continue;
				}
				claimId++;
				String[] diagnosis = DIAGNOSES[r.nextInt(DIAGNOSES.length)];
				long latest = Math.max(1, Math.min(yearEnd.toEpochDay(), TODAY.toEpochDay()) - first.toEpochDay());
				LocalDate event = first.plusDays(r.nextLong(latest));
				long amount = 200_000 + r.nextInt(3_000_000);
				long selfPaid = amount * (30 + r.nextInt(50)) / 100;
				String number = String.format("%08d", 10_000_000 + claimId);
				ClaimComputation computation = ClaimCalculator.calculate(terms,
						new ClaimFacts(List.of(new CoverPeriod(first, yearEnd)),
								event, diagnosis[0],
								List.of(new Invoice(number,
										Money.ofFen(amount),
										Money.ofFen(selfPaid))),
								Money.ofFen(0)));
				long payable = computation.payable().fen();
				String status = payable == 0 ? "SUBMITTED" : switch (r.nextInt(10)) {
					case 0 -> "APPROVED";
					case 1, 2 -> "PAID";
					default -> "SUBMITTED";
				};
				byte[] code = sealer.encrypt(diagnosis[0], mix(seed ^ 0xC1A1L ^ mix(claimId)));
				byte[] text = sealer.encrypt(diagnosis[1], mix(seed ^ 0xC1A2L ^ mix(claimId)));
				if (claimId % 1_000 == 1
						&& (!platform.decrypt(code).equals(diagnosis[0]) || !platform.decrypt(text).equals(diagnosis[1]))) {
					throw new IllegalStateException("claim diagnoses do not read back through PersonalDataCipher");
				}
				java.time.OffsetDateTime submitted = event.plusDays(5).atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8));
				boolean decided = !status.equals("SUBMITTED");
				claims.append(row(claimId, plan, YEAR, m.id(), m.name(), org.id(), org.path(), event, code, text, status,
						selfPaid, payable, linesJson.invoke(null, computation.lines()), computation.zeroReasonKey(), null,
						null, submitted, decided ? staffId : null, decided ? submitted.plusDays(3) : null));
				invoices.append(row(claimId, claimId, number, amount, selfPaid));
				if (decided) {
					ledger.append(row(m.id(), plan, YEAR, payable));
				}
				if (status.equals("PAID")) {
					payouts.append(row(claimId, claimId, m.id(), payable, "BENCH" + claimId, submitted.plusDays(7), staffId));
				}
			}
			enrolments.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
			enrolments.close();
			exec(db, "set maintenance_work_mem = '512MB'");
			for (String index : enrolmentIndexes) {
				exec(db, index);
			}
			copy(db, """
					copy mutualaid.claim (id, plan_id, year, member_id, member_name, org_id, org_path, event_date,
					    diagnosis_code_cipher, diagnosis_cipher, status, claimed_fen, payable_fen, computation, zero_reason,
					    reason, submitted_by, submitted_at, decided_by, decided_at) from stdin""", claims.toString());
			copy(db, "copy mutualaid.claim_invoice (id, claim_id, number, amount_fen, self_paid_fen) from stdin",
					invoices.toString());
			copy(db, "copy mutualaid.cap_ledger (member_id, plan_id, year, committed_fen) from stdin", ledger.toString());
			copy(db, "copy mutualaid.payout (id, claim_id, member_id, amount_fen, reference, paid_at, paid_by) from stdin",
					payouts.toString());
			for (String table : List.of("plan", "plan_terms", "enrolment", "claim", "claim_invoice", "payout")) {
				exec(db, "select setval(pg_get_serial_sequence('mutualaid." + table + "', 'id'), "
						+ "(select coalesce(max(id), 0) + 1 from mutualaid." + table + "), false)");
			}
			log(started, "mutual aid: %d plans, %,d enrolments, %,d claims (diagnoses encrypted, computed by ClaimCalculator)",
					cities.size(), members.size(), claimId);
		}

		static void competition(Connection db, long seed, long started, List<M> members, Map<Long, O> orgs,
				List<O> cities, List<O> counties, O province) throws Exception {
			String criteria = "[{\"code\":\"C1\",\"name\":\"理论知识\",\"maxPoints\":30},"
					+ "{\"code\":\"C2\",\"name\":\"实操技能\",\"maxPoints\":50},{\"code\":\"C3\",\"name\":\"安全规范\",\"maxPoints\":20}]";
			// contests: the province's, one a city, one a county
			List<O> organisers = new ArrayList<>();
			organisers.add(province);
			organisers.addAll(cities);
			organisers.addAll(counties);
			StringBuilder contests = new StringBuilder();
			StringBuilder prizes = new StringBuilder();
			StringBuilder rounds = new StringBuilder();
			String[] statuses = new String[organisers.size()];
			long roundId = 0;
			for (int k = 0; k < organisers.size(); k++) {
				O o = organisers.get(k);
				SplittableRandom r = new SplittableRandom(mix(seed * 107 + k));
				String level = o.type().equals("PROVINCIAL_FEDERATION") ? "PROVINCIAL"
						: o.type().equals("CITY_FEDERATION") ? "CITY" : "COUNTY";
				String trade = OCCUPATIONS[r.nextInt(OCCUPATIONS.length)];
				statuses[k] = r.nextInt(5) < 2 ? "SIGN_UP" : "RUNNING";
				LocalDate opens = TODAY.minusDays(30 + r.nextInt(30));
				LocalDate closes = statuses[k].equals("SIGN_UP") ? TODAY.plusDays(10 + r.nextInt(20))
						: TODAY.minusDays(1 + r.nextInt(10));
				contests.append(row(k + 1, o.name().replace("总工会", "") + YEAR + "年" + trade + "职业技能竞赛", o.id(),
						o.name(), o.path(), level, trade, "INDIVIDUAL", "比武练兵，以赛促学", opens, closes,
						closes.plusDays(20), "{}", 18, 60, null, "f", statuses[k]));
				String[][] classes = { { "FIRST", "一等奖", "1" }, { "SECOND", "二等奖", "2" }, { "THIRD", "三等奖", "3" } };
				for (int p = 0; p < classes.length; p++) {
					prizes.append(row(k + 1, p + 1, classes[p][0], classes[p][1], classes[p][2], p == 0 ? "t" : "f"));
				}
				rounds.append(row(++roundId, k + 1, 1, "初赛", 0, 100, 0, 0, null, 0, "", 10, "ALL_ADVANCE", criteria,
						"SETUP"));
				rounds.append(row(++roundId, k + 1, 2, "决赛", 0, 100, 0, 0, null, 0, "", null, "ALL_ADVANCE", criteria,
						"SETUP"));
			}
			copy(db, """
					copy competition.contest (id, name, organiser_org_id, organiser_name, org_path, level, trade, entry_kind,
					    description, sign_up_opens_on, sign_up_closes_on, contest_date, eligible_trades, min_age, max_age,
					    min_skill_level, cap_prizes_at_third, status) from stdin""", contests.toString());
			copy(db, "copy competition.prize_class (contest_id, position, code, name, quota, nominate_to_pool) from stdin",
					prizes.toString());
			copy(db, """
					copy competition.round (id, contest_id, position, name, weight_vote, weight_judges, weight_objective,
					    weight_time, objective_full_marks, trim_from_judges, tie_breakers, advance_places, ties_at_cut,
					    criteria, status) from stdin""", rounds.toString());
			// entries: each entrant in their county's contest; one in four also in their city's, one in twenty the province's
			StringBuilder entries = new StringBuilder();
			StringBuilder entrants = new StringBuilder();
			int[] numbers = new int[organisers.size()];
			long entryId = 0;
			for (M m : members) {
				O org = orgs.get(m.orgId());
				SplittableRandom r = new SplittableRandom(mix(seed * 109 + m.id()));
				List<Integer> into = new ArrayList<>();
				into.add(1 + cities.size() + org.county());
				if (r.nextInt(4) == 0) {
					into.add(1 + org.city());
				}
				if (r.nextInt(20) == 0) {
					into.add(0);
				}
				for (int k : into) {
					entryId++;
					int roll = r.nextInt(20);
					String status = roll < 14 ? "ACCEPTED" : roll < 19 ? "PENDING" : "REJECTED";
					String number = status.equals("ACCEPTED") ? String.format("%04d", ++numbers[k]) : null;
					java.time.OffsetDateTime signed = TODAY.minusDays(20 + r.nextInt(20))
						.atTime(12, 0)
						.atOffset(java.time.ZoneOffset.ofHours(8));
					entries.append(row(entryId, k + 1, m.id(), null, m.name(), m.masked(), org.id(),
							org.name().replace("工会委员会", ""), org.path(), null, null, null, status, number,
							status.equals("REJECTED") ? "不符合报名条件" : null, "{}", signed,
							status.equals("PENDING") ? null : signed.plusDays(2)));
					if (status.equals("ACCEPTED") && statuses[k].equals("RUNNING")) {
						entrants.append(row(2L * k + 1, entryId));
					}
				}
			}
			copy(db, """
					copy competition.entry (id, contest_id, member_id, account_id, name, id_number_masked, employer_org_id,
					    employer_name, org_path, team_name, description, nominated_by, status, number, reason,
					    ineligibility, signed_up_at, decided_at) from stdin""", entries.toString());
			copy(db, "copy competition.round_entrant (round_id, entry_id) from stdin", entrants.toString());
			for (String table : List.of("contest", "round", "entry")) {
				exec(db, "select setval(pg_get_serial_sequence('competition." + table + "', 'id'), "
						+ "(select coalesce(max(id), 0) + 1 from competition." + table + "), false)");
			}
			log(started, "competition: %,d contests, %,d rounds, %,d entries", organisers.size(), roundId, entryId);
		}

		/** The county's centre: on a ring 0.15–0.35° around its city's. */
		static double[] countyCentre(O county, int indexInCity) {
			double[] c = CITY_CENTRES[county.city()];
			double angle = indexInCity * 2 * Math.PI / 8;
			double radius = 0.15 + 0.025 * indexInCity;
			return new double[] { c[0] + radius * Math.sin(angle), c[1] + radius * Math.cos(angle) };
		}

		static double clamp(double v, double lo, double hi) {
			return Math.max(lo, Math.min(hi, v));
		}

		static void sites(Connection db, long seed, long started, int perCounty, List<O> counties,
				List<List<O>> unionsByCity) throws Exception {
			// the platform's own derived columns for each opening-hours text
			Class<?> columns = Class.forName("org.gonghui.site.internal.HoursColumns");
			java.lang.reflect.Method weekly = columns.getDeclaredMethod("weeklyMinutes", OpeningHours.class);
			java.lang.reflect.Method days = columns.getDeclaredMethod("exceptionDays", OpeningHours.class);
			java.lang.reflect.Method open = columns.getDeclaredMethod("exceptionOpen", OpeningHours.class);
			weekly.setAccessible(true);
			days.setAccessible(true);
			open.setAccessible(true);
			Map<String, String[]> hours = new HashMap<>();
			String[] types = { "OUTDOOR_WORKER_STATION", "OUTDOOR_WORKER_STATION", "CARE_STATION", "WORKER_HOME",
					"READING_ROOM", "DRIVERS_HOME" };
			String[] facilities = { "{SEATS,DRINKING_WATER,MICROWAVE,PHONE_CHARGING}", "{SEATS,DRINKING_WATER,PHONE_CHARGING}",
					"{SEATS,DRINKING_WATER,TOILET,AIR_CONDITIONING}", "{SEATS,PHONE_CHARGING}" };
			int[] inCity = new int[CITIES];
			StringBuilder rows = new StringBuilder();
			long id = 0;
			for (O county : counties) {
				double[] centre = countyCentre(county, inCity[county.city()]++);
				for (int s = 0; s < perCounty; s++) {
					id++;
					SplittableRandom r = new SplittableRandom(mix(seed * 113 + id));
					double lat = clamp(centre[0] + r.nextGaussian() * 0.04, 29.1, 33.2);
					double lon = clamp(centre[1] + r.nextGaussian() * 0.04, 108.4, 116.1);
					String text = HOURS[r.nextInt(HOURS.length)];
					if (r.nextInt(20) == 0) {
						text += "; " + TODAY + " closed"; // closed today by a date exception
					}
					String[] derived = hours.computeIfAbsent(text, t -> {
						try {
							OpeningHours parsed = OpeningHours.parse(t);
							return new String[] { (String) weekly.invoke(null, parsed), (String) days.invoke(null, parsed),
									(String) open.invoke(null, parsed), parsed.toText() };
						}
						catch (ReflectiveOperationException ex) {
							throw new IllegalStateException(ex);
						}
					});
					String type = types[r.nextInt(types.length)];
					// a worker home belongs to an enterprise's union, the rest to the county federation
					O owner = county;
					if (type.equals("WORKER_HOME")) {
						List<O> candidates = unionsByCity.get(county.city());
						O union = candidates.get(r.nextInt(candidates.size()));
						if (union.county() == county.county()) {
							owner = union;
						}
					}
					String town = county.name().replace("总工会", "");
					rows.append(row(id, town + (s + 1) + "号" + (type.equals("WORKER_HOME") ? "职工之家" : "劳动者服务站"),
							"{" + type + "}", owner.id(), owner.path(), town + "建设路" + (10 + s * 7) + "号", county.region(),
							lat, lon, String.format("(%s)", earth(lat, lon)), facilities[r.nextInt(facilities.length)],
							derived[3], derived[0], derived[1], derived[2], "027-8" + String.format("%07d", id), "{}",
							null, "ACTIVE"));
				}
			}
			copy(db, """
					copy site.site (id, name, types, org_id, org_path, address, region_code, lat, lon, position, facilities,
					    hours, weekly_minutes, exception_days, exception_open, phone, honours, description, status)
					from stdin""", rows.toString());
			exec(db, "select setval(pg_get_serial_sequence('site.site', 'id'), (select coalesce(max(id), 0) + 1 from site.site), false)");
			long mismatched = count(db, """
					select count(*) from site.site where earth_distance(position, ll_to_earth(lat, lon)) > 0.01""");
			if (mismatched > 0) {
				throw new IllegalStateException(mismatched + " sites' positions disagree with ll_to_earth(lat, lon)");
			}
			log(started, "sites: %,d (%d a county, hours columns from HoursColumns)", id, perCounty);
		}

		/** ll_to_earth(lat, lon) as earthdistance computes it (earth radius 6 378 168 m), for COPY. */
		static String earth(double lat, double lon) {
			double r = 6_378_168d;
			double la = Math.toRadians(lat);
			double lo = Math.toRadians(lon);
			return String.format(java.util.Locale.ROOT, "%.6f, %.6f, %.6f", r * Math.cos(la) * Math.cos(lo),
					r * Math.cos(la) * Math.sin(lo), r * Math.sin(la));
		}

		static void gig(Connection db, long seed, long started, int posts, List<O> counties, List<List<O>> unionsByCity)
				throws Exception {
			ChineseSegmenter segmenter = new ChineseSegmenter();
			List<List<O>> countiesByCity = new ArrayList<>();
			for (int c = 0; c < CITIES; c++) {
				countiesByCity.add(new ArrayList<>());
			}
			for (O county : counties) {
				countiesByCity.get(county.city()).add(county);
			}
			// search text per kind and city (the address names the city), segmented once each
			// (segmented by the platform, turned into a tsvector by the database as the platform's insert does)
			Map<String, String> text = new HashMap<>();
			try (java.sql.PreparedStatement ps = db.prepareStatement("select to_tsvector('simple', ?)::text")) {
				for (String[] kind : KINDS) {
					for (int city = 0; city < CITIES; city++) {
						ps.setString(1, segmenter.documentText(kind[0], kind[1], kind[2], CITY_NAMES[city] + "市人民路"));
						try (ResultSet rs = ps.executeQuery()) {
							rs.next();
							text.put(kind[0] + "|" + city, rs.getString(1));
						}
					}
				}
			}
			String sql = """
					copy gig.post (id, employer_account_id, employer_name, employer_org_id, credit_code, org_path, title, trade,
					    description, pay_unit, pay_fen, hourly_equivalent_fen, minimum_wage_checked, region_code, address,
					    lat, lon, work_date, start_time, end_time, headcount, status, search_text) from stdin""";
			List<String> postIndexes = dropSecondaryIndexes(db, "gig.post");
			try (OutputStream out = new PGCopyOutputStream(db.unwrap(PGConnection.class), sql, 1 << 20)) {
				StringBuilder rows = new StringBuilder(1 << 20);
				for (int i = 1; i <= posts; i++) {
					SplittableRandom r = new SplittableRandom(mix(seed * 127 + i));
					// a third in the capital, the rest over the other cities
					int city = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(CITIES - 1);
					O county = countiesByCity.get(city).get(r.nextInt(countiesByCity.get(city).size()));
					String[] kind = KINDS[r.nextInt(KINDS.length)];
					String address = CITY_NAMES[city] + "市" + county.name().replace("总工会", "").replace(CITY_NAMES[city] + "市", "")
							+ "人民路" + (1 + r.nextInt(300)) + "号";
					String key = kind[0] + "|" + city;
					String search = text.get(key);
					double[] centre = CITY_CENTRES[city];
					double lat = clamp(centre[0] + r.nextGaussian() * 0.12, 29.1, 33.2);
					double lon = clamp(centre[1] + r.nextGaussian() * 0.12, 108.4, 116.1);
					long dayFen = 20_000 + r.nextInt(150) * 100;
					// three in five by an enterprise (its union's path), the rest by individuals (the county's)
					O union = null;
					if (r.nextInt(5) < 3) {
						List<O> candidates = unionsByCity.get(city);
						union = candidates.get(r.nextInt(candidates.size()));
					}
					String employer = union == null ? surname(r) + "先生" : union.employer();
					rows.append(i)
						.append('\t')
						.append(900_000 + r.nextInt(5_000))
						.append('\t')
						.append(text(employer))
						.append('\t')
						.append(union == null ? "\\N" : union.id())
						.append('\t')
						.append(union == null ? "\\N" : union.creditCode())
						.append('\t')
						.append(union == null ? county.path() : union.path())
						.append('\t')
						.append(kind[0])
						.append('\t')
						.append(kind[1])
						.append('\t')
						.append(kind[2])
						.append("\tDAY\t")
						.append(dayFen)
						.append('\t')
						.append(dayFen / 8)
						.append("\tt\t")
						.append(county.region())
						.append('\t')
						.append(address)
						.append('\t')
						.append(lat)
						.append('\t')
						.append(lon)
						.append('\t')
						.append(TODAY.plusDays(r.nextInt(60)))
						.append("\t08:00\t17:00\t")
						.append(1 + r.nextInt(5))
						.append('\t')
						.append(r.nextInt(50) == 0 ? "CLOSED" : "OPEN")
						.append('\t')
						.append(text(search))
						.append('\n');
					if (rows.length() > (1 << 20)) {
						out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
						rows.setLength(0);
					}
				}
				out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
			}
			exec(db, "set maintenance_work_mem = '512MB'");
			for (String index : postIndexes) {
				exec(db, index);
			}
			exec(db, "select setval(pg_get_serial_sequence('gig.post', 'id'), (select coalesce(max(id), 0) + 1 from gig.post), false)");
			log(started, "gig: %,d posts over the %d cities (work dates from today for 60 days)", posts, CITIES);
		}

	}

	// ---------------------------------------------------------------- import files

	/**
	 * A roster of new people for unions of the loaded province: {@code import.csv},
	 * {@code import.xlsx}, and {@code import.copy} (the same rows as the platform would
	 * store them) for the raw COPY.
	 */
	static void importFiles(String url, int rows, Path dir, long seed) throws Exception {
		Sealer cipher = new Sealer();
		long started = System.nanoTime();
		Files.createDirectories(dir);
		List<Org> unions = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(url);
				Statement st = db.createStatement();
				ResultSet rs = st.executeQuery("""
						select id, name, path::text, region_code from org.organisation
						where type = 'GRASSROOTS_UNION' order by id""")) {
			while (rs.next()) {
				unions.add(new Org(rs.getLong(1), rs.getString(2), "GRASSROOTS_UNION", 0, rs.getString(3),
						rs.getString(4), null, 0));
			}
		}
		SplittableRandom random = new SplittableRandom(seed ^ 0x1A2B3C);
		Map<String, Integer> countySequence = new HashMap<>();
		long keyBase = 1_000_000_000L;
		Path csv = dir.resolve("import.csv");
		Path copy = dir.resolve("import.copy");
		Path xlsx = dir.resolve("import.xlsx");
		String[] headers = { "姓名", "身份证号", "手机号", "工作单位", "所属工会", "入会日期", "职业", "技能等级", "新就业形态" };
		try (BufferedWriter csvOut = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
				BufferedWriter copyOut = Files.newBufferedWriter(copy, StandardCharsets.UTF_8);
				OutputStream xlsxOut = Files.newOutputStream(xlsx)) {
			Workbook workbook = new Workbook(xlsxOut, "gonghui-bench", "1.0");
			Worksheet sheet = workbook.newWorksheet("会员名册");
			csvOut.write(String.join(",", headers));
			csvOut.write("\r\n");
			for (int c = 0; c < headers.length; c++) {
				sheet.value(0, c, headers[c]);
			}
			StringBuilder line = new StringBuilder(256);
			for (int i = 0; i < rows; i++) {
				Org union = unions.get(random.nextInt(unions.size()));
				int sequence = IMPORT_SEQUENCE_BLOCK * DAYS + countySequence.merge(union.region(), 1, Integer::sum) - 1;
				long key = keyBase + i;
				Person p = person(seed, key, union.region(), sequence);
				String employer = union.name().replace("工会委员会", "");
				String[] cells = { p.name(), p.idNumber(), p.phone(), employer, union.name(),
						p.joinedOn().toString(), p.occupation() == null ? "" : p.occupation(),
						p.skill() < 0 ? "" : SKILLS[p.skill()], p.newEmploymentForm() ? "是" : "否" };
				csvOut.write(String.join(",", cells));
				csvOut.write("\r\n");
				for (int c = 0; c < cells.length; c++) {
					sheet.value(i + 1, c, cells[c]);
				}
				if (i % 10_000 == 9_999) {
					sheet.flush();
				}
				line.setLength(0);
				memberRow(line, cipher, seed, key, union, sequence, "ACTIVE");
				// the raw COPY lets the database number the rows and keeps every one active
				String row = line.substring(line.indexOf("\t") + 1).replace("\tLEFT\t", "\tACTIVE\t");
				copyOut.write(row);
				if (i % 100_000 == 99_999) {
					log(started, "import files: %,d of %,d rows", i + 1, rows);
				}
			}
			sheet.finish();
			workbook.finish();
		}
		log(started, "wrote %s (%,d bytes), %s (%,d bytes), %s", csv, Files.size(csv), xlsx, Files.size(xlsx), copy);
		if (!MobileNumber.isValid(person(seed, keyBase, "420101", 0).phone())) {
			throw new IllegalStateException("generated phone numbers are not valid mobiles");
		}
	}

	// ---------------------------------------------------------------- the password hash

	/** Verifications a second of the platform's password encoder on one thread: login's own ceiling. */
	static void bcrypt(double seconds) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String hash = encoder.encode("Bench12345");
		long until = System.nanoTime() + (long) (seconds * 1e9);
		long n = 0;
		long start = System.nanoTime();
		while (System.nanoTime() < until) {
			if (!encoder.matches("Bench12345", hash)) {
				throw new IllegalStateException();
			}
			n++;
		}
		double perSecond = n / ((System.nanoTime() - start) / 1e9);
		System.out.printf("bcrypt_verifications_per_second_per_thread=%.1f%n", perSecond);
	}

	// ---------------------------------------------------------------- helpers

	static long count(Connection db, String sql) throws SQLException {
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static void exec(Connection db, String sql) throws SQLException {
		try (Statement st = db.createStatement()) {
			st.execute(sql);
		}
	}

	static void copy(Connection db, String sql, String rows) throws SQLException, IOException {
		try (OutputStream out = new PGCopyOutputStream(db.unwrap(PGConnection.class), sql, 1 << 20)) {
			out.write(rows.getBytes(StandardCharsets.UTF_8));
		}
	}

	static void log(long started, String format, Object... args) {
		System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, String.format(format, args));
		System.out.flush();
	}

}
