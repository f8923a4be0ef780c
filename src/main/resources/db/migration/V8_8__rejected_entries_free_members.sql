-- A rejected entry (individual or team) no longer holds its members: they may enter the
-- contest again. The one-entry-per-member rule holds over active (not rejected) entries.
alter table competition.entry_member add column active boolean not null default true;
update competition.entry_member m set active = false
from competition.entry e where e.id = m.entry_id and e.status = 'REJECTED';
alter table competition.entry_member drop constraint entry_member_contest_id_member_id_key;
create unique index entry_member_contest_member_active on competition.entry_member (contest_id, member_id)
    where active;

alter table competition.entry drop constraint entry_contest_id_member_id_key;
create unique index entry_contest_member_active on competition.entry (contest_id, member_id)
    where status <> 'REJECTED';

-- An individual contest has no teams: a team name typed into its sign-up is dropped.
update competition.entry e set team_name = null
from competition.contest c where c.id = e.contest_id and c.entry_kind <> 'TEAM' and e.team_name is not null;
