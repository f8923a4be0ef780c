-- The totals triggers of V2_1, revised:
-- * Lock order. Every transaction that touches both takes region rows before subtree rows (an employer
--   is inserted before its union), and a member-count change, a move or a flag change touches subtree
--   rows only: region totals change only when an organisation's employer or an employer's region does.
--   Before, a member's registration (subtree, then region '') could deadlock with a new union and its
--   employer (region '', then subtree).
-- * Deleting an organisation. Its totals row is removed by the trigger after the ancestors are
--   adjusted; the foreign key's cascade removed it first, and the adjustment then re-created it for
--   an organisation that no longer existed.
alter table org.subtree_totals drop constraint if exists subtree_totals_org_id_fkey;

create or replace function org.organisation_totals() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform org.add_region_totals(array(select e.region_code from new_rows n join org.enterprise e on e.id = n.enterprise_id),
                                      array(select 0 from new_rows n join org.enterprise e on e.id = n.enterprise_id),
                                      array(select 1 from new_rows n join org.enterprise e on e.id = n.enterprise_id), 1);
    elsif tg_op = 'DELETE' then
        perform org.add_region_totals(array(select e.region_code from old_rows o join org.enterprise e on e.id = o.enterprise_id),
                                      array(select 0 from old_rows o join org.enterprise e on e.id = o.enterprise_id),
                                      array(select 1 from old_rows o join org.enterprise e on e.id = o.enterprise_id), -1);
    else
        perform org.add_region_totals(array(select e.region_code from old_rows o join new_rows n on n.id = o.id
                                              join org.enterprise e on e.id = o.enterprise_id
                                             where o.enterprise_id is distinct from n.enterprise_id),
                                      array(select 0 from old_rows o join new_rows n on n.id = o.id
                                              join org.enterprise e on e.id = o.enterprise_id
                                             where o.enterprise_id is distinct from n.enterprise_id),
                                      array(select 1 from old_rows o join new_rows n on n.id = o.id
                                              join org.enterprise e on e.id = o.enterprise_id
                                             where o.enterprise_id is distinct from n.enterprise_id), -1);
        perform org.add_region_totals(array(select e.region_code from old_rows o join new_rows n on n.id = o.id
                                              join org.enterprise e on e.id = n.enterprise_id
                                             where o.enterprise_id is distinct from n.enterprise_id),
                                      array(select 0 from old_rows o join new_rows n on n.id = o.id
                                              join org.enterprise e on e.id = n.enterprise_id
                                             where o.enterprise_id is distinct from n.enterprise_id),
                                      array(select 1 from old_rows o join new_rows n on n.id = o.id
                                              join org.enterprise e on e.id = n.enterprise_id
                                             where o.enterprise_id is distinct from n.enterprise_id), 1);
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

-- an employer's own update touches region rows only when its region changes
create or replace function org.enterprise_totals() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform org.add_region_totals(array(select region_code from new_rows), array(select 1 from new_rows),
                                      array(select 0 from new_rows), 1);
    elsif tg_op = 'DELETE' then
        perform org.add_region_totals(array(select region_code from old_rows), array(select 1 from old_rows),
                                      array(select case when exists (select 1 from org.organisation o where o.enterprise_id = e.id)
                                                        then 1 else 0 end from old_rows e), -1);
    else
        perform org.add_region_totals(array(select o.region_code from old_rows o join new_rows n on n.id = o.id
                                             where o.region_code is distinct from n.region_code),
                                      array(select 1 from old_rows o join new_rows n on n.id = o.id
                                             where o.region_code is distinct from n.region_code),
                                      array(select case when exists (select 1 from org.organisation g where g.enterprise_id = o.id)
                                                        then 1 else 0 end
                                              from old_rows o join new_rows n on n.id = o.id
                                             where o.region_code is distinct from n.region_code), -1);
        perform org.add_region_totals(array(select n.region_code from old_rows o join new_rows n on n.id = o.id
                                             where o.region_code is distinct from n.region_code),
                                      array(select 1 from old_rows o join new_rows n on n.id = o.id
                                             where o.region_code is distinct from n.region_code),
                                      array(select case when exists (select 1 from org.organisation g where g.enterprise_id = n.id)
                                                        then 1 else 0 end
                                              from old_rows o join new_rows n on n.id = o.id
                                             where o.region_code is distinct from n.region_code), 1);
    end if;
    return null;
end $$;
