-- the 20 nearest sites open now with drinking water: SiteRepository.search with a point, openNow and a facility
-- (the same statement as bench/site/nearest-open.sql); the searched moment from run.sh (-D today, yesterday,
-- todayminute, yesterdayminute, localnow, as HoursColumns.Moment takes it), a random searcher in Hubei
\set lat 29.4 + random(0, 3900000) / 1000000.0
\set lon 108.4 + random(0, 7700000) / 1000000.0
select id, name, types, org_id, org_path::text as org_path, address, region_code, lat, lon, facilities, hours,
       phone, honours, description, status, version
from site.site
where status = 'ACTIVE' and facilities @> cast('{DRINKING_WATER}' as text[])
  and ((not exception_days @> cast(:today as date) and weekly_minutes @> cast(:todayminute as integer))
    or (not exception_days @> cast(:yesterday as date) and weekly_minutes @> cast(:yesterdayminute as integer))
    or exception_open @> cast(:localnow as timestamp))
order by position <-> ll_to_earth(cast(:lat as float8), cast(:lon as float8))
limit 20;
