-- Before V8_9 a captain's portal sign-up put the teammates it named straight onto the team,
-- without asking them. Those still on a team that waits for a decision, in a contest still
-- signing up, are invited instead, as V8_9 invites every teammate since: the invitation holds
-- their roster name, masked ID number and its keyed hash (so it is shown to them and
-- matched as any other), is sent by the captain's account when the team signed up, and puts
-- them back on the team when they confirm it. Until then the team cannot be accepted.
-- Left as they are: teammates who joined by confirming an invitation, the captain, a union's
-- nomination (complete when made), decided entries, and teams whose sign-up has closed, where
-- an invitation could no longer be answered and would only take the team apart (their
-- teammates may still leave, and the organiser decides on the team as it stands).
-- The ID number's hash is read from the member module's table, as V7_2 reads its links, and
-- each change is written to the audit log's table directly: a migration has no AuditLog.
with unconsented as (
    select m.entry_id, m.contest_id, m.member_id, e.account_id, e.signed_up_at
      from competition.entry_member m
      join competition.entry e on e.id = m.entry_id
      join competition.contest c on c.id = e.contest_id
     where not m.captain and m.active
       and e.status = 'PENDING' and e.nominated_by is null and e.account_id is not null
       and c.status = 'SIGN_UP'
       and (now() at time zone 'Asia/Shanghai')::date between c.sign_up_opens_on and c.sign_up_closes_on
       and exists (select 1 from member.member p where p.id = m.member_id)
       and not exists (select 1 from competition.entry_invitation i
                        where i.entry_id = m.entry_id and i.member_id = m.member_id and i.status = 'CONFIRMED')
), invited as (
    insert into competition.entry_invitation (entry_id, contest_id, invited_by, name, id_number_masked,
                                              id_number_hash, invited_at)
    select u.entry_id, u.contest_id, u.account_id, p.name, p.id_number_masked, p.id_number_hash, u.signed_up_at
      from unconsented u join member.member p on p.id = u.member_id
    on conflict (entry_id, id_number_hash) where status = 'PENDING' do nothing
), audited as (
    -- written here, as the platform's own act ("system", as AuditLog names it), so that the
    -- organiser's audit shows why a team's member became an invitation
    insert into audit.audit_event (actor_name, action, entity_type, entity_id, org_path, summary)
    select 'system', 'UPDATE', 'contest-entry', u.entry_id::text, c.org_path,
           '竞赛「' || c.name || '」团体报名：队员 ' || p.name || ' 由队长报名时未经本人确认，改为待确认的组队邀请（本人确认后归队）'
      from unconsented u
      join competition.contest c on c.id = u.contest_id
      join member.member p on p.id = u.member_id
), removed as (
    delete from competition.entry_member m
     using unconsented u
     where m.entry_id = u.entry_id and m.member_id = u.member_id
)
-- the team's reasons become those of who is left on it, in member order
update competition.entry e
   set ineligibility = array(
           select r.reason
             from competition.entry_member m
            cross join unnest(m.ineligibility) with ordinality as r(reason, n)
            where m.entry_id = e.id and m.active
              and not exists (select 1 from unconsented u where u.entry_id = m.entry_id and u.member_id = m.member_id)
            group by r.reason
            order by min(m.position * 1000 + r.n)),
       version = e.version + 1
 where e.id in (select entry_id from unconsented);
