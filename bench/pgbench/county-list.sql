-- a county's roster, first page by name prefix, with its total: MemberQueries.page (a county
-- federation is a scope key, so this is MemberQueries.where for a depth-4 path with a name; a
-- one-character prefix is counted from the kept roster counts, MemberQueries.keptCount)
\set k random(1, :counties)
\set s random(1, 10)
select path::text as path from bench.county where k = :k \gset
select pat from bench.surname where k = :s \gset
select id, name, id_number_masked, birth_date, gender, phone, org_id, org_path::text as org_path,
       employer, joined_on, status, occupation, skill_level, new_employment_form, version
from member.member
where scope_key = cast(:path as ltree) and name collate "C" like :pat
order by name collate "C", id limit 20 offset 0;
select coalesce(sum(members), 0) from member.roster_count
where initial = left(:pat, 1) and scope_key = cast(:path as ltree);
