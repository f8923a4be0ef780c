-- a city's indicators: IndicatorQueries.of (totals kept by triggers, see V2_1__org_subtree_totals.sql)
\set k random(1, :cities)
select id, prefix from bench.city where k = :k \gset
select organisations, grassroots, congress, open_affairs, members
from org.subtree_totals where org_id = :id;
select enterprises, unionised from org.region_enterprise_totals where prefix = rtrim(:prefix, '%');
