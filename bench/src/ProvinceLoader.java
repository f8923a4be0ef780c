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

import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.ident.CreditCode;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.ident.MobileNumber;

/**
 * Loads a province into the platform's own schema (created by its Flyway migrations) with
 * COPY, deterministically from a seed; writes import files; measures the password hash.
 *
 * <pre>
 * java -cp CP bench/src/ProvinceLoader.java load   URL members orgs seed
 * java -cp CP bench/src/ProvinceLoader.java import URL rows dir seed
 * java -cp CP bench/src/ProvinceLoader.java bcrypt seconds
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
			case "import" -> importFiles(args[1], Integer.parseInt(args[2]), Path.of(args[3]), Long.parseLong(args[4]));
			case "bcrypt" -> bcrypt(Double.parseDouble(args[1]));
			default -> throw new IllegalArgumentException("load | import | bcrypt");
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
