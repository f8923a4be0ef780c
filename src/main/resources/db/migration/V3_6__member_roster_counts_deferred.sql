-- A member import copies a file in slice by slice, in one transaction. With the counts kept per
-- statement, every slice's COPY locked its counties' roster_count rows until the import committed:
-- registrations and edits in those counties waited for the whole file, and two imports taking
-- counties in different orders could deadlock. A transaction that sets
--     set local gonghui.defer_roster_counts = 'on'
-- now leaves its changes to member.member uncounted by the triggers and adds their counts itself,
-- once, right before it commits (MemberImportWriter), so it holds the rows from that one statement,
-- in key order, to its commit. Rolled back, it has counted nothing.
create or replace function member.roster_counts() returns trigger
    language plpgsql as $$
begin
    if current_setting('gonghui.defer_roster_counts', true) = 'on' then
        return null;
    end if;
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
