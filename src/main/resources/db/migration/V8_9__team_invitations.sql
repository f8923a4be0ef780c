-- A teammate a captain names on the portal is invited, not entered: the invitation holds
-- what the captain typed (the name, the ID number masked and its keyed hash, as the member
-- module hashes it) and is matched to a member only when that member confirms from the
-- account linked to them. Until then it is on no entry_member row, so it holds no one's
-- place in the contest (the one-live-entry index on entry_member is unchanged and only
-- counts confirmed members).
create table competition.entry_invitation (
    id                  bigserial   primary key,
    entry_id            bigint      not null references competition.entry (id),
    contest_id          bigint      not null references competition.contest (id),
    invited_by          bigint      not null,
    name                text        not null,
    id_number_masked    text        not null,
    id_number_hash      bytea       not null,
    status              text        not null default 'PENDING'
        check (status in ('PENDING', 'CONFIRMED', 'DECLINED', 'WITHDRAWN')),
    member_id           bigint,
    invited_at          timestamptz not null default now(),
    answered_at         timestamptz,
    check ((status = 'CONFIRMED') = (member_id is not null))
);
create index entry_invitation_entry on competition.entry_invitation (entry_id);
create index entry_invitation_pending_hash on competition.entry_invitation (id_number_hash) where status = 'PENDING';
-- one open invitation per ID number and team
create unique index entry_invitation_pending_once on competition.entry_invitation (entry_id, id_number_hash)
    where status = 'PENDING';
-- the daily cap counts a captain's invitations in a contest
create index entry_invitation_inviter on competition.entry_invitation (contest_id, invited_by, invited_at);
