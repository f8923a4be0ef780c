-- the public gig search with words, a point and a radius: PostRepository.search (page query with its count,
-- ranked by text match), the same random choices as bench/wrk/gig-search.lua: bench.gig_query holds the six
-- queries as the platform's ChineseSegmenter turns them into tsquery text, bench.gig_centre the cities' centres
-- (the capital a third of the rows); -D today, now, from, to (run.sh). The latitude/longitude box around the
-- circle is PostRepository.Area's, for the post_open_place index (V10_1)
\set k random(1, 6)
\set c random(1, :centres)
select q from bench.gig_query where k = :k \gset
select lat as clat, lon as clon from bench.gig_centre where k = :c \gset
\set lat :clat + random(-150000, 150000) / 1000000.0
\set lon :clon + random(-150000, 150000) / 1000000.0
select p.id, p.employer_account_id, p.employer_name, p.employer_org_id, p.credit_code, p.org_path::text as org_path,
       p.site_id, p.title, p.trade, p.description, p.requirements, p.required_level, p.pay_unit, p.pay_fen,
       p.estimated_hourly_fen, p.hourly_equivalent_fen, p.minimum_wage_checked, p.region_code, p.address, p.lat,
       p.lon, p.work_date, p.start_time, p.end_time, p.headcount, p.instant_hire, p.expires_at, p.status,
       p.hidden_reason, p.created_at,
       round((earth_distance(ll_to_earth(p.lat, p.lon), ll_to_earth(cast(:lat as float8), cast(:lon as float8))) / 1000)::numeric, 1) as distance_km,
       0 as applicants, count(*) over () as matches
from gig.post p
where p.status = 'OPEN' and (p.expires_at is null or p.expires_at > cast(:now as timestamptz))
  and p.work_date >= cast(:today as date)
  and not exists (select 1 from gig.employer_block b where b.employer_account_id = p.employer_account_id)
  and p.search_text @@ to_tsquery('simple', :q)
  and p.hourly_equivalent_fen >= 2600
  and p.work_date >= cast(:from as date) and p.work_date <= cast(:to as date)
  and p.lat between cast(:lat as float8) - degrees(10000 / 6378168.0 * (1 + 1e-6) + 1e-9)
                and cast(:lat as float8) + degrees(10000 / 6378168.0 * (1 + 1e-6) + 1e-9)
  and p.lon between cast(:lon as float8) - degrees(asin(sin(10000 / 6378168.0 * (1 + 1e-6) + 1e-9) / cos(radians(cast(:lat as float8))))) * (1 + 1e-6) - 1e-9
                and cast(:lon as float8) + degrees(asin(sin(10000 / 6378168.0 * (1 + 1e-6) + 1e-9) / cos(radians(cast(:lat as float8))))) * (1 + 1e-6) + 1e-9
  and earth_distance(ll_to_earth(p.lat, p.lon), ll_to_earth(cast(:lat as float8), cast(:lon as float8))) <= 10000
order by ts_rank(p.search_text, to_tsquery('simple', :q)) desc, p.work_date, p.id desc
limit 20 offset 0;
