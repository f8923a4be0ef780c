-- A roster page shows its total. Under load at province scale, counting a common surname in a
-- county (7 000 index entries for 王) kept a county's first page over 50 ms, and a province's
-- first page counted ten million rows. So members are counted per scope key, name initial, status
-- and new-employment flag, kept by statement triggers (like org.subtree_totals): a total for a
-- scope no deeper than a county, with no name or a one-character name, is a sum of a few rows
-- (MemberQueries). initial '' is the row for every name.
create table member.roster_count (
    scope_key           ltree   not null,
    initial             text    not null,
    status              text    not null,
    new_employment_form boolean not null,
    -- no check (members >= 0): an insert's proposed row is checked before ON CONFLICT turns it
    -- into an update, and a decrement proposes a negative row
    members             bigint  not null,
    primary key (scope_key, initial, status, new_employment_form)
);
-- a wider scope sums one initial over its counties
create index roster_count_initial on member.roster_count (initial, scope_key);

-- Adds a statement's changes (members per key, negative for rows gone) to the counts, per
-- initial and for every name. Rows are locked in key order, so two statements never wait on each
-- other in a cycle.
create function member.add_roster_counts(deltas member.roster_count[]) returns void
    language sql
begin atomic
    insert into member.roster_count as c (scope_key, initial, status, new_employment_form, members)
    select d.scope_key, case when grouping(d.initial) = 1 then '' else d.initial end, d.status,
           d.new_employment_form, sum(d.members)
      from unnest(deltas) d
     where d.initial <> ''
     group by grouping sets ((d.scope_key, d.initial, d.status, d.new_employment_form),
                             (d.scope_key, d.status, d.new_employment_form))
    having sum(d.members) <> 0
     order by 1, 2, 3, 4
    on conflict (scope_key, initial, status, new_employment_form) do update
       set members = c.members + excluded.members;
end;

create function member.roster_counts() returns trigger
    language plpgsql as $$
begin
    -- a transition table exists only for its own events, so each event reads its own; an update
    -- counts only the rows whose scope, initial, status or flag changed
    if tg_op = 'INSERT' then
        perform member.add_roster_counts(array(
            select (n.scope_key, left(n.name, 1), n.status, n.new_employment_form, count(*))::member.roster_count
              from new_rows n
             group by n.scope_key, left(n.name, 1), n.status, n.new_employment_form));
    elsif tg_op = 'DELETE' then
        perform member.add_roster_counts(array(
            select (o.scope_key, left(o.name, 1), o.status, o.new_employment_form, -count(*))::member.roster_count
              from old_rows o
             group by o.scope_key, left(o.name, 1), o.status, o.new_employment_form));
    else
        perform member.add_roster_counts(array(
            select (k.scope_key, k.initial, k.status, k.new_employment_form, sum(k.members))::member.roster_count
              from old_rows o join new_rows n on n.id = o.id,
                   lateral (values (o.scope_key, left(o.name, 1), o.status, o.new_employment_form, -1),
                                   (n.scope_key, left(n.name, 1), n.status, n.new_employment_form, 1))
                       k(scope_key, initial, status, new_employment_form, members)
             where (o.scope_key, left(o.name, 1), o.status, o.new_employment_form)
                   is distinct from (n.scope_key, left(n.name, 1), n.status, n.new_employment_form)
             group by k.scope_key, k.initial, k.status, k.new_employment_form));
    end if;
    return null;
end $$;

create trigger roster_counts_insert after insert on member.member
    referencing new table as new_rows for each statement execute function member.roster_counts();
create trigger roster_counts_update after update on member.member
    referencing old table as old_rows new table as new_rows for each statement execute function member.roster_counts();
create trigger roster_counts_delete after delete on member.member
    referencing old table as old_rows for each statement execute function member.roster_counts();

-- rebuilds the counts from the members, for the existing rows and after a bulk load with the
-- triggers off (bench/src/ProvinceLoader.java)
create function member.recompute_roster_counts() returns void
    language sql
begin atomic
    delete from member.roster_count;
    insert into member.roster_count (scope_key, initial, status, new_employment_form, members)
    select scope_key, case when grouping(left(name, 1)) = 1 then '' else left(name, 1) end, status,
           new_employment_form, count(*)
      from member.member
     where name <> ''
     group by grouping sets ((scope_key, left(name, 1), status, new_employment_form),
                             (scope_key, status, new_employment_form));
end;

select member.recompute_roster_counts();
