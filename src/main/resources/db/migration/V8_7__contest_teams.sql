-- Team contests: the organiser sets how many members a team has (captain included).
alter table competition.contest
    add column team_min_members integer check (team_min_members between 2 and 20),
    add column team_max_members integer check (team_max_members between 2 and 20);
-- team contests set up before teams had members: two to ten members
update competition.contest set team_min_members = 2, team_max_members = 10 where entry_kind = 'TEAM';
alter table competition.contest add constraint contest_team_size check (
    (entry_kind = 'TEAM') = (team_min_members is not null and team_max_members is not null)
    and (team_min_members is null or team_min_members <= team_max_members));

-- Who is on an entry: the entrant of an individual entry, or every member of a team
-- (the captain first). A member is on at most one entry per contest.
create table competition.entry_member (
    entry_id            bigint      not null references competition.entry (id),
    contest_id          bigint      not null references competition.contest (id),
    member_id           bigint      not null,
    position            integer     not null,
    captain             boolean     not null default false,
    name                text        not null,
    id_number_masked    text        not null,
    employer_org_id     bigint      not null,
    employer_name       text,
    org_path            ltree       not null,
    ineligibility       text[]      not null default '{}',
    primary key (entry_id, member_id),
    unique (contest_id, member_id),
    unique (entry_id, position)
);
create index entry_member_member on competition.entry_member (member_id);

insert into competition.entry_member (entry_id, contest_id, member_id, position, captain, name, id_number_masked,
                                      employer_org_id, employer_name, org_path, ineligibility)
select id, contest_id, member_id, 1, true, name, id_number_masked, employer_org_id, employer_name, org_path,
       ineligibility
from competition.entry;

-- A team prize gives every team member their own certificate with its own code.
alter table competition.award add column member_id bigint, add column member_name text;
update competition.award a set member_id = e.member_id, member_name = e.name
from competition.entry e where e.id = a.entry_id;
alter table competition.award
    alter column member_id set not null,
    alter column member_name set not null,
    drop constraint award_contest_id_entry_id_key,
    add constraint award_contest_entry_member unique (contest_id, entry_id, member_id);
create index award_member on competition.award (member_id);
