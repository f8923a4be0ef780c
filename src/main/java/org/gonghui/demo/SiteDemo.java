package org.gonghui.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrgType;
import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.site.Facility;
import org.gonghui.site.OpeningHours;
import org.gonghui.site.ServiceSites;
import org.gonghui.site.SiteDraft;
import org.gonghui.site.SiteType;

/**
 * About 300 service sites across 襄阳's counties, around each county seat (WGS-84), with
 * the mix the unions report: mostly outdoor-worker stations, then worker homes, reading
 * rooms, drivers' homes, a few gig-market stations (one also an outdoor-worker station,
 * as in Taishan). 南漳县, 保康县 and 宜城市 have no workers' cultural palace yet and 保康县 no worker
 * home, so the coverage page has gaps to show.
 */
@Component
@Order(50)
class SiteDemo implements DemoSection {

	private static final Logger log = LoggerFactory.getLogger(SiteDemo.class);

	/** County seat (WGS-84), spread in degrees, and how many sites. */
	private record Seat(double lat, double lon, double spread, int sites) {
	}

	private static final Map<String, Seat> SEATS = Map.of("420602", new Seat(32.0105, 112.1340, 0.030, 45), "420606",
			new Seat(32.0460, 112.1380, 0.030, 60), "420607", new Seat(32.0870, 112.2110, 0.050, 45), "420624",
			new Seat(31.7760, 111.8390, 0.040, 22), "420625", new Seat(32.2630, 111.6530, 0.040, 25), "420626",
			new Seat(31.8780, 111.2620, 0.035, 14), "420682", new Seat(32.3850, 111.6750, 0.035, 25), "420683",
			new Seat(32.1290, 112.7720, 0.045, 35), "420684", new Seat(31.7200, 112.2580, 0.035, 22));

	private static final Set<String> WITHOUT_PALACE = Set.of("420624", "420626", "420684");

	private static final Set<String> WITHOUT_WORKER_HOME = Set.of("420626");

	private static final List<String> STREETS = List.of("人民路", "解放路", "长征路", "春园路", "檀溪路", "大庆路", "航空路", "前进路", "建设路",
			"胜利街", "中原路", "新华路", "光彩大道", "汉江大道", "长虹路", "丹江路", "邓城大道", "环城路", "民主路", "团结路", "卧龙大道", "新市场路");

	private static final List<String> HOSTS = List.of("建设银行网点", "邮政营业所", "中石化加油站", "环卫所", "社区服务中心", "供电营业厅", "工商银行网点",
			"农商银行网点", "城管执法中队", "快递分拨中心", "公交首末站");

	private static final List<String> OUTDOOR_HOURS = List.of("DAILY 24h", "DAILY 07:00-19:00", "DAILY 06:30-21:00",
			"MON-FRI 08:00-18:00; SAT,SUN 09:00-17:00", "DAILY 18:00-06:00", "DAILY 05:30-22:30");

	private static final List<String> OFFICE_HOURS = List.of("MON-FRI 08:30-17:30", "MON-FRI 08:30-12:00,14:00-17:30",
			"MON-SAT 09:00-21:00", "TUE-SUN 09:00-17:00");

	/** National holidays of 2026 (国务院办公厅 2025 通知) on which offices close. */
	private static final String HOLIDAYS = "; 2026-01-01 closed; 2026-02-15..2026-02-23 closed; 2026-04-04..2026-04-06 closed;"
			+ " 2026-05-01..2026-05-05 closed; 2026-06-19..2026-06-21 closed; 2026-10-01..2026-10-07 closed";

	private final ServiceSites sites;

	SiteDemo(ServiceSites sites) {
		this.sites = sites;
	}

	@Override
	public void load(DemoContext context) {
		Random random = context.random();
		List<SiteDraft> drafts = new ArrayList<>();
		List<DemoOrganisation> counties = context.city()
			.organisations()
			.stream()
			.filter(org -> org.type() == OrgType.COUNTY_FEDERATION)
			.toList();
		for (DemoOrganisation county : counties) {
			Seat seat = SEATS.get(county.regionCode());
			if (seat == null) {
				continue;
			}
			String countyName = county.name().replace("总工会", "");
			long countyId = context.orgId(county.key());
			List<DemoOrganisation> unions = context.city()
				.grassrootsUnions()
				.stream()
				.filter(u -> county.key().equals(u.parentKey()))
				.toList();
			if (!WITHOUT_PALACE.contains(county.regionCode())) {
				drafts.add(draft(countyName + "工人文化宫", EnumSet.of(SiteType.CULTURAL_PALACE, SiteType.READING_ROOM),
						countyId, county.regionCode(), near(seat, random, 0.3), "TUE-SUN 09:00-21:00" + HOLIDAYS,
						EnumSet.of(Facility.SEATS, Facility.AIR_CONDITIONING, Facility.DRINKING_WATER, Facility.TOILET,
								Facility.WIFI, Facility.BOOKS, Facility.ACCESSIBLE, Facility.NURSING_ROOM),
						countyName + STREETS.get(random.nextInt(STREETS.size())) + (random.nextInt(200) + 1) + "号",
						random, List.of()));
			}
			for (int i = 0; i < seat.sites(); i++) {
				int roll = random.nextInt(100);
				String street = STREETS.get(random.nextInt(STREETS.size()));
				String address = countyName + street + (random.nextInt(400) + 1) + "号";
				GeoPoint point = near(seat, random, 1);
				if (roll < 55) {
					String host = HOSTS.get(random.nextInt(HOSTS.size()));
					Set<SiteType> types = EnumSet.of(SiteType.OUTDOOR_WORKER_STATION);
					int variant = random.nextInt(10);
					if (variant < 3) {
						types.add(SiteType.CARE_STATION);
					}
					else if (variant < 5) {
						types.add(SiteType.WORKERS_HARBOUR);
					}
					String name = countyName + street + host
							+ (variant < 3 ? "爱心驿站" : variant < 5 ? "劳动者港湾" : "户外劳动者服务站点");
					drafts.add(draft(name, types, countyId, county.regionCode(), point,
							OUTDOOR_HOURS.get(random.nextInt(OUTDOOR_HOURS.size())), outdoorFacilities(random),
							address + host, random, random.nextInt(25) == 0 ? List.of("全国最美工会户外劳动者服务站点") : List.of()));
				}
				else if (roll < 72 && !WITHOUT_WORKER_HOME.contains(county.regionCode()) && !unions.isEmpty()) {
					DemoOrganisation union = unions.get(random.nextInt(unions.size()));
					String name = union.name().replace("工会委员会", "") + "职工之家";
					drafts.add(draft(name, EnumSet.of(SiteType.WORKER_HOME), context.orgId(union.key()),
							county.regionCode(), point,
							OFFICE_HOURS.get(random.nextInt(OFFICE_HOURS.size())) + HOLIDAYS, officeFacilities(random),
							address, random, random.nextInt(8) == 0 ? List.of("湖北省模范职工之家") : List.of()));
				}
				else if (roll < 80) {
					drafts.add(draft(countyName + street + "职工书屋", EnumSet.of(SiteType.READING_ROOM), countyId,
							county.regionCode(), point, "MON-SAT 09:00-21:00" + HOLIDAYS, officeFacilities(random),
							address, random, List.of()));
				}
				else if (roll < 87) {
					drafts.add(draft(countyName + street + "司机之家", EnumSet.of(SiteType.DRIVERS_HOME), countyId,
							county.regionCode(), point, "DAILY 24h",
							EnumSet.of(Facility.SEATS, Facility.DRINKING_WATER, Facility.HOT_WATER, Facility.TOILET,
									Facility.PHONE_CHARGING, Facility.MICROWAVE, Facility.WIFI),
							address + "物流园", random, List.of()));
				}
				else if (roll < 91) {
					drafts.add(draft(countyName + street + "心理驿站", EnumSet.of(SiteType.PSYCHOLOGICAL_HELP_POINT),
							countyId, county.regionCode(), point, "MON-FRI 09:00-17:00" + HOLIDAYS,
							EnumSet.of(Facility.SEATS, Facility.AIR_CONDITIONING, Facility.DRINKING_WATER), address,
							random, List.of()));
				}
				else if (roll < 96) {
					drafts.add(draft(countyName + street + "爱心超市", EnumSet.of(SiteType.LOVE_SUPERMARKET), countyId,
							county.regionCode(), point, "MON-SAT 08:30-18:00",
							EnumSet.of(Facility.SEATS, Facility.DRINKING_WATER), address, random, List.of()));
				}
				else {
					drafts.add(draft(countyName + "零工市场" + street + "服务站", EnumSet.of(SiteType.GIG_MARKET_STATION),
							countyId, county.regionCode(), point, "MON-SAT 07:00-18:00", EnumSet.of(Facility.SEATS,
									Facility.DRINKING_WATER, Facility.TOILET, Facility.WIFI, Facility.PHONE_CHARGING),
							address, random, List.of()));
				}
			}
			// one station that is both, as Taishan's: rest place and gig market under one
			// roof
			drafts.add(draft(countyName + "零工驿站（户外劳动者服务站点·零工市场）",
					EnumSet.of(SiteType.OUTDOOR_WORKER_STATION, SiteType.GIG_MARKET_STATION), countyId,
					county.regionCode(), near(seat, random, 0.5), "DAILY 06:00-20:00",
					EnumSet.of(Facility.SEATS, Facility.AIR_CONDITIONING, Facility.DRINKING_WATER, Facility.MICROWAVE,
							Facility.PHONE_CHARGING, Facility.TOILET, Facility.WIFI, Facility.FIRST_AID_KIT),
					countyName + "人力资源市场一楼", random, List.of()));
		}
		List<Long> ids = this.sites.registerAll(drafts);
		log.info("Demo sites: {}", ids.size());
	}

	private static SiteDraft draft(String name, Set<SiteType> types, long orgId, String regionCode, GeoPoint point,
			String hours, Set<Facility> facilities, String address, Random random, List<String> honours) {
		String phone = "0710-" + (3000000 + random.nextInt(6000000));
		return new SiteDraft(name, types, orgId, address, regionCode, point, facilities, OpeningHours.parse(hours),
				phone, honours, null);
	}

	/** Most sites near the seat, some out in the county's towns. */
	private static GeoPoint near(Seat seat, Random random, double scale) {
		double spread = seat.spread() * scale * (random.nextInt(4) == 0 ? 3 : 1);
		return new GeoPoint(seat.lat() + random.nextGaussian() * spread / 2,
				seat.lon() + random.nextGaussian() * spread / 2);
	}

	private static Set<Facility> outdoorFacilities(Random random) {
		Set<Facility> facilities = EnumSet.of(Facility.SEATS, Facility.PHONE_CHARGING);
		add(facilities, Facility.DRINKING_WATER, 85, random);
		add(facilities, Facility.MICROWAVE, 55, random);
		add(facilities, Facility.AIR_CONDITIONING, 70, random);
		add(facilities, Facility.TOILET, 50, random);
		add(facilities, Facility.FIRST_AID_KIT, 60, random);
		add(facilities, Facility.HOT_WATER, 50, random);
		add(facilities, Facility.WIFI, 40, random);
		add(facilities, Facility.E_BIKE_CHARGING, 30, random);
		add(facilities, Facility.REFRIGERATOR, 20, random);
		add(facilities, Facility.LOCKERS, 15, random);
		return facilities;
	}

	private static Set<Facility> officeFacilities(Random random) {
		Set<Facility> facilities = EnumSet.of(Facility.SEATS, Facility.AIR_CONDITIONING, Facility.TOILET);
		add(facilities, Facility.DRINKING_WATER, 90, random);
		add(facilities, Facility.BOOKS, 70, random);
		add(facilities, Facility.WIFI, 70, random);
		add(facilities, Facility.MICROWAVE, 30, random);
		add(facilities, Facility.NURSING_ROOM, 20, random);
		add(facilities, Facility.ACCESSIBLE, 40, random);
		return facilities;
	}

	private static void add(Set<Facility> facilities, Facility facility, int percent, Random random) {
		if (random.nextInt(100) < percent) {
			facilities.add(facility);
		}
	}

}
