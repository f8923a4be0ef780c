-- 100,000 service sites over Hubei (WGS-84 lat 29.4–33.3, lon 108.4–116.1): 60 % spread evenly,
-- 40 % clustered around eight cities, as real sites crowd into towns. Opening hours are the demo's
-- patterns with the columns HoursColumns derives from them (weekly minutes at a 2880-minute
-- stride per weekday); one in ten office sites closes for National Day, and one site in twenty is
-- closed today (Beijing date) by a date exception, so the open-now test takes every branch.
\set ON_ERROR_STOP on
delete from site.site where name like '基准测试%';

create temporary table pattern (n int, hours text, weekly int4multirange, office boolean);
insert into pattern values
 (0, 'DAILY 24h', '{[0,1440),[2880,4320),[5760,7200),[8640,10080),[11520,12960),[14400,15840),[17280,18720)}', false),
 (1, 'DAILY 07:00-19:00', '{[420,1140),[3300,4020),[6180,6900),[9060,9780),[11940,12660),[14820,15540),[17700,18420)}', false),
 (2, 'DAILY 06:30-21:00', '{[390,1260),[3270,4140),[6150,7020),[9030,9900),[11910,12780),[14790,15660),[17670,18540)}', false),
 (3, 'MON-FRI 08:00-18:00; SAT,SUN 09:00-17:00', '{[480,1080),[3360,3960),[6240,6840),[9120,9720),[12000,12600),[14940,15420),[17820,18300)}', false),
 (4, 'DAILY 18:00-06:00', '{[1080,1800),[3960,4680),[6840,7560),[9720,10440),[12600,13320),[15480,16200),[18360,19080)}', false),
 (5, 'MON-FRI 08:30-17:30', '{[510,1050),[3390,3930),[6270,6810),[9150,9690),[12030,12570)}', true),
 (6, 'MON-FRI 08:30-12:00,14:00-17:30', '{[510,720),[840,1050),[3390,3600),[3720,3930),[6270,6480),[6600,6810),[9150,9360),[9480,9690),[12030,12240),[12360,12570)}', true),
 (7, 'TUE-SUN 09:00-21:00', '{[3420,4140),[6300,7020),[9180,9900),[12060,12780),[14940,15660),[17820,18540)}', true);

create temporary table city (n int, lat float8, lon float8);
insert into city values (0, 30.593, 114.305), (1, 32.009, 112.122), (2, 30.692, 111.286), (3, 30.352, 112.190),
 (4, 31.035, 112.204), (5, 30.232, 115.038), (6, 32.629, 110.798), (7, 30.926, 113.916);

with root as (select id, path from org.organisation where parent_id is null order by id limit 1),
raw as (
  select g,
         random() as r_place, random() as r1, random() as r2, floor(random() * 8)::int as c,
         floor(random() * 8)::int as p, random() as r_fac, random() as r_exc, random() as r_today
  from generate_series(1, 100000) g
),
placed as (
  select raw.*,
         case when r_place < 0.6 then 29.4 + r1 * 3.9
              else (select lat from city where city.n = raw.c) + (sqrt(-2 * ln(greatest(r1, 1e-9))) * cos(2 * pi() * r2)) * 0.08 end as lat,
         case when r_place < 0.6 then 108.4 + r2 * 7.7
              else (select lon from city where city.n = raw.c) + (sqrt(-2 * ln(greatest(r1, 1e-9))) * sin(2 * pi() * r2)) * 0.08 end as lon
  from raw
),
today as (select (now() at time zone 'Asia/Shanghai')::date as d)
insert into site.site (name, types, org_id, org_path, address, region_code, lat, lon, position, facilities, hours,
                       weekly_minutes, exception_days, exception_open, phone, honours, status)
select '基准测试驿站' || g,
       case when p in (5, 6) then array['WORKER_HOME'] when p = 7 then array['READING_ROOM']
            else array['OUTDOOR_WORKER_STATION'] end,
       root.id, root.path, '基准测试路' || g || '号', '420602', lat, lon, ll_to_earth(lat, lon),
       case when r_fac < 0.45 then array['SEATS','DRINKING_WATER','MICROWAVE','PHONE_CHARGING']
            when r_fac < 0.75 then array['SEATS','DRINKING_WATER','PHONE_CHARGING']
            else array['SEATS','PHONE_CHARGING'] end,
       pattern.hours || case when r_today < 0.05 then '; ' || today.d || ' closed'
                             when pattern.office and r_exc < 0.1 then '; 2026-10-01..2026-10-07 closed' else '' end,
       pattern.weekly,
       case when r_today < 0.05 then datemultirange(daterange(today.d, today.d + 1))
            when pattern.office and r_exc < 0.1 then '{[2026-10-01,2026-10-08)}'::datemultirange
            else '{}'::datemultirange end,
       '{}'::tsmultirange, '0710-3000000', '{}', 'ACTIVE'
from placed join pattern on pattern.n = placed.p cross join root cross join today;

analyze site.site;
select count(*) as sites, pg_size_pretty(pg_relation_size('site.site')) as heap,
       pg_size_pretty(pg_relation_size('site.site_position')) as knn_index from site.site;
