-- :posts open gig posts over the next 30 days within ~30 km of 襄阳's centre (WGS-84 32.04, 112.14),
-- ten job kinds (table kind, from Kinds.java: text segmented by ChineseSegmenter), day rates of
-- 200–349 元, filed at the root. Reruns replace the previous set (employer accounts 900000+).
\set ON_ERROR_STOP on
delete from gig.post where employer_account_id >= 900000;
insert into gig.post (employer_account_id, employer_name, org_path, title, trade, description,
    pay_unit, pay_fen, hourly_equivalent_fen, minimum_wage_checked, region_code, address, lat, lon,
    work_date, start_time, end_time, headcount, status, search_text)
select 900000 + i % 500, '基准测试雇主', (select path from org.organisation where parent_id is null order by id limit 1),
       k.title, k.trade, k.description,
       'DAY', 20000 + (i % 150) * 100, (20000 + (i % 150) * 100) / 8, true, '420606', '襄阳市樊城区人民路',
       32.04 + (random() - 0.5) * 0.55, 112.14 + (random() - 0.5) * 0.65,
       (now() at time zone 'Asia/Shanghai')::date + (i % 30), '08:00'::time, '17:00'::time, 1 + i % 5, 'OPEN',
       to_tsvector('simple', k.text)
  from generate_series(1, :posts) i
  join kind k on k.n = i % 10;
analyze gig.post;
select count(*) as open_posts from gig.post where employer_account_id >= 900000;
