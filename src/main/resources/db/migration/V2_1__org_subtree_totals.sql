-- Indicators of a subtree (a city holds ~20,000 organisations at province scale) are read on every
-- dashboard; summing them per request costs a scan of the subtree and of the region's employers.
-- Instead each organisation carries the totals of its subtree, and each region-code prefix the
-- count of its employers, kept by statement triggers: every write path (the application, a bulk
-- load, a move of a whole subtree) keeps them right, and one statement touches each ancestor once.

create table org.subtree_totals (
    org_id        bigint primary key references org.organisation (id) on delete cascade,
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

create function org.organisation_totals() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform org.add_subtree_totals(array(select cast(o as org.organisation) from old_rows o), -1);
        perform org.add_region_totals(array(select e.region_code from old_rows o join org.enterprise e on e.id = o.enterprise_id),
                                      array(select 0 from old_rows o join org.enterprise e on e.id = o.enterprise_id),
                                      array(select 1 from old_rows o join org.enterprise e on e.id = o.enterprise_id), -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform org.add_subtree_totals(array(select cast(n as org.organisation) from new_rows n), 1);
        perform org.add_region_totals(array(select e.region_code from new_rows n join org.enterprise e on e.id = n.enterprise_id),
                                      array(select 0 from new_rows n join org.enterprise e on e.id = n.enterprise_id),
                                      array(select 1 from new_rows n join org.enterprise e on e.id = n.enterprise_id), 1);
    end if;
    return null;
end $$;

create trigger organisation_totals_insert after insert on org.organisation
    referencing new table as new_rows for each statement execute function org.organisation_totals();
create trigger organisation_totals_update after update on org.organisation
    referencing old table as old_rows new table as new_rows for each statement execute function org.organisation_totals();
create trigger organisation_totals_delete after delete on org.organisation
    referencing old table as old_rows for each statement execute function org.organisation_totals();

-- an employer counts in its region; whether it is unionised is kept by the organisation trigger,
-- and moves with the employer when its own region changes
create function org.enterprise_totals() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform org.add_region_totals(array(select region_code from old_rows),
                                      array(select 1 from old_rows),
                                      array(select case when exists (select 1 from org.organisation o where o.enterprise_id = e.id)
                                                        then 1 else 0 end from old_rows e), -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform org.add_region_totals(array(select region_code from new_rows),
                                      array(select 1 from new_rows),
                                      array(select case when exists (select 1 from org.organisation o where o.enterprise_id = e.id)
                                                        then 1 else 0 end from new_rows e), 1);
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
    select org.add_region_totals(array(select region_code from org.enterprise), array(select 1 from org.enterprise),
                                 array(select case when exists (select 1 from org.organisation o where o.enterprise_id = e.id)
                                                   then 1 else 0 end from org.enterprise e), 1);
end;

select org.recompute_totals();
