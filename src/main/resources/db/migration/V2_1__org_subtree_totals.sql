-- Indicators of a subtree (a city holds ~20,000 organisations at province scale) are read on every
-- dashboard; summing them per request costs a scan of the subtree and of the region's employers.
-- Instead each organisation carries the totals of its subtree, and each region-code prefix the
-- count of its employers, kept by statement triggers: every write path (the application, a bulk
-- load, a move of a whole subtree) keeps them right, and one statement touches each ancestor once.

create table org.subtree_totals (
    -- no foreign key: the delete trigger removes a deleted organisation's row after adjusting its
    -- ancestors (a cascade would remove it first and the adjustment re-create it)
    org_id        bigint primary key,
    organisations bigint not null default 0,
    grassroots    bigint not null default 0,
    congress      bigint not null default 0,
    open_affairs  bigint not null default 0,
    members       bigint not null default 0
);

-- prefix '' is everything, then province (2 digits), city (4) and county (6)
create table org.region_enterprise_totals (
    prefix      text primary key,
    enterprises bigint not null default 0,
    unionised   bigint not null default 0
);

create function org.region_prefixes(region_code text) returns text[]
    language sql immutable
    return array['', substr(region_code, 1, 2), substr(region_code, 1, 4), region_code];

-- adds sign × each organisation's own contribution to the totals of itself and every ancestor
-- (the path is the ids from the root); rows are locked in id order so that concurrent writers
-- cannot deadlock on the shared ancestors
create function org.add_subtree_totals(orgs org.organisation[], factor integer) returns void
    language sql
begin atomic
    insert into org.subtree_totals as t (org_id, organisations, grassroots, congress, open_affairs, members)
    select ancestor, sum(factor), sum(factor * grassroots), sum(factor * congress), sum(factor * open_affairs),
           sum(factor * member_count)
      from (select cast(a as bigint) as ancestor,
                   case when o.type = 'GRASSROOTS_UNION' then 1 else 0 end as grassroots,
                   case when o.type = 'GRASSROOTS_UNION' and o.has_workers_congress then 1 else 0 end as congress,
                   case when o.type = 'GRASSROOTS_UNION' and o.has_open_affairs then 1 else 0 end as open_affairs,
                   o.member_count
              from unnest(orgs) o, unnest(string_to_array(o.path::text, '.')) a) c
     group by ancestor
     order by ancestor
    on conflict (org_id) do update
       set organisations = t.organisations + excluded.organisations,
           grassroots = t.grassroots + excluded.grassroots,
           congress = t.congress + excluded.congress,
           open_affairs = t.open_affairs + excluded.open_affairs,
           members = t.members + excluded.members;
end;

-- adds sign × (employers, unionised employers) to every prefix of each employer's region
create function org.add_region_totals(regions text[], enterprises integer[], unionised integer[], factor integer)
    returns void
    language sql
begin atomic
    insert into org.region_enterprise_totals as t (prefix, enterprises, unionised)
    select p, sum(factor * e), sum(factor * u)
      from unnest(regions, enterprises, unionised) r(region, e, u), unnest(org.region_prefixes(r.region)) p
     group by p
     order by p
    on conflict (prefix) do update
       set enterprises = t.enterprises + excluded.enterprises,
           unionised = t.unionised + excluded.unionised;
end;

-- Lock order: a transaction that touches both takes region rows before subtree rows (an employer is
-- inserted before its union), and a member-count change, a move or a flag change touches subtree rows
-- only: region totals change only when an organisation's employer, or an employer's region, does.
-- Otherwise a member's registration (subtree, then region) could deadlock with a new union and its
-- employer (region, then subtree).
create function org.organisation_totals() returns trigger
    language plpgsql as $$
declare
    gone text[];
    came text[];
begin
    -- the regions of employers that lost or gained their union in this statement
    if tg_op = 'INSERT' then
        select array_agg(e.region_code) into came from new_rows n join org.enterprise e on e.id = n.enterprise_id;
    elsif tg_op = 'DELETE' then
        select array_agg(e.region_code) into gone from old_rows o join org.enterprise e on e.id = o.enterprise_id;
    else
        select array_agg(e.region_code) into gone
          from old_rows o join new_rows n on n.id = o.id join org.enterprise e on e.id = o.enterprise_id
         where o.enterprise_id is distinct from n.enterprise_id;
        select array_agg(e.region_code) into came
          from old_rows o join new_rows n on n.id = o.id join org.enterprise e on e.id = n.enterprise_id
         where o.enterprise_id is distinct from n.enterprise_id;
    end if;
    if gone is not null then
        perform org.add_region_totals(gone, array_fill(0, array[cardinality(gone)]), array_fill(1, array[cardinality(gone)]), -1);
    end if;
    if came is not null then
        perform org.add_region_totals(came, array_fill(0, array[cardinality(came)]), array_fill(1, array[cardinality(came)]), 1);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform org.add_subtree_totals(array(select cast(o as org.organisation) from old_rows o), -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform org.add_subtree_totals(array(select cast(n as org.organisation) from new_rows n), 1);
    end if;
    if tg_op = 'DELETE' then
        delete from org.subtree_totals where org_id in (select id from old_rows);
    end if;
    return null;
end $$;

create trigger organisation_totals_insert after insert on org.organisation
    referencing new table as new_rows for each statement execute function org.organisation_totals();
create trigger organisation_totals_update after update on org.organisation
    referencing old table as old_rows new table as new_rows for each statement execute function org.organisation_totals();
create trigger organisation_totals_delete after delete on org.organisation
    referencing old table as old_rows for each statement execute function org.organisation_totals();

create function org.unionised(enterprise_id bigint) returns integer
    language sql stable
    return case when exists (select 1 from org.organisation o where o.enterprise_id = unionised.enterprise_id)
                then 1 else 0 end;

-- an employer counts in its region, unionised or not; its own update touches region rows only when
-- its region changes, and then moves its unionised count with it
create function org.enterprise_totals() returns trigger
    language plpgsql as $$
declare
    gone text[];
    gone_unionised integer[];
    came text[];
    came_unionised integer[];
begin
    -- a transition table exists only for its own events, so each event reads its own
    if tg_op = 'INSERT' then
        select array_agg(n.region_code), array_agg(0) into came, came_unionised from new_rows n;
    elsif tg_op = 'DELETE' then
        select array_agg(o.region_code), array_agg(org.unionised(o.id)) into gone, gone_unionised from old_rows o;
    else
        select array_agg(o.region_code), array_agg(org.unionised(o.id)), array_agg(n.region_code),
               array_agg(org.unionised(n.id))
          into gone, gone_unionised, came, came_unionised
          from old_rows o join new_rows n on n.id = o.id
         where o.region_code is distinct from n.region_code;
    end if;
    if gone is not null then
        perform org.add_region_totals(gone, array_fill(1, array[cardinality(gone)]), gone_unionised, -1);
    end if;
    if came is not null then
        perform org.add_region_totals(came, array_fill(1, array[cardinality(came)]), came_unionised, 1);
    end if;
    return null;
end $$;

create trigger enterprise_totals_insert after insert on org.enterprise
    referencing new table as new_rows for each statement execute function org.enterprise_totals();
create trigger enterprise_totals_update after update on org.enterprise
    referencing old table as old_rows new table as new_rows for each statement execute function org.enterprise_totals();
create trigger enterprise_totals_delete after delete on org.enterprise
    referencing old table as old_rows for each statement execute function org.enterprise_totals();

-- rebuilds both from the tables, for the existing rows and after a bulk load with triggers off
create function org.recompute_totals() returns void
    language sql
begin atomic
    delete from org.subtree_totals;
    delete from org.region_enterprise_totals;
    select org.add_subtree_totals(array(select o from org.organisation o), 1);
    select org.add_region_totals(array(select region_code from org.enterprise order by id),
                                 array(select 1 from org.enterprise order by id),
                                 array(select org.unionised(id) from org.enterprise order by id), 1);
end;

select org.recompute_totals();
