-- Roster lists are a data scope plus, often, a name prefix, ordered by name. The scope is a
-- subtree; a GiST test on org_path finds the whole subtree (a county holds tens of thousands of
-- members at province scale) before the name narrows it. Most staff scopes are county federations
-- (depth 4: national.province.city.county), so each member carries its path cut at that depth, and
-- one btree on (scope_key, name, id) answers a county's page, name prefix or not, in name order
-- from the index, and counts it with an index-only scan. Wider scopes enumerate their scope keys
-- from the same index (see MemberQueries).
alter table member.member
    add column if not exists scope_key ltree generated always as (subpath(org_path, 0, least(nlevel(org_path), 4))) stored;
create index if not exists member_scope_name on member.member (scope_key, name collate "C", id);

-- Names order and match prefixes byte-wise: one index serves LIKE '王%' and ORDER BY name.
-- (No collation orders Chinese names by pinyin everywhere; code point order is stable and cheap.)
drop index if exists member.member_name;
create index if not exists member_name on member.member (name collate "C", id);
