-- a county's roster, first page by name prefix, with its total: MemberQueries.page
\set k random(1, :counties)
\set s random(1, 10)
select path::text as path from bench.county where k = :k \gset
select pat from bench.surname where k = :s \gset
select id, name, id_number_masked, birth_date, gender, phone, org_id, org_path::text as org_path,
       employer, joined_on, status, occupation, skill_level, new_employment_form, version
from member.member
where org_path <@ cast(:path as ltree)
  and (cast(:pat as text) is null or name like cast(:pat as text))
  and (cast(null as text) is null or status = cast(null as text))
  and (cast(null as boolean) is null or new_employment_form = cast(null as boolean))
order by name, id limit 20 offset 0;
select count(*) from member.member
where org_path <@ cast(:path as ltree)
  and (cast(:pat as text) is null or name like cast(:pat as text))
  and (cast(null as text) is null or status = cast(null as text))
  and (cast(null as boolean) is null or new_employment_form = cast(null as boolean));
