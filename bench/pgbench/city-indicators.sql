-- a city's indicators: IndicatorQueries.of
\set k random(1, :cities)
select path::text as path, prefix from bench.city where k = :k \gset
select count(*) as organisations,
       count(*) filter (where type = 'GRASSROOTS_UNION') as grassroots,
       count(*) filter (where type = 'GRASSROOTS_UNION' and has_workers_congress) as congress,
       count(*) filter (where type = 'GRASSROOTS_UNION' and has_open_affairs) as open_affairs,
       coalesce(sum(member_count), 0) as members
from org.organisation where path <@ cast(:path as ltree);
select count(*), count(o.id) from org.enterprise e
left join org.organisation o on o.enterprise_id = e.id
where e.region_code like :prefix;
