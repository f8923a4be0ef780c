-- Confirming a team invitation takes a one-time code sent by SMS to the mobile number on
-- the invitee's roster record: knowing a member's name and ID number (all a captain typed)
-- is not enough to answer for them. The code is kept only as a keyed hash.
create table competition.invitation_code (
    id              bigserial   primary key,
    invitation_id   bigint      not null references competition.entry_invitation (id),
    account_id      bigint      not null,
    code_hash       bytea       not null,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    attempts        integer     not null default 0,
    used_at         timestamptz
);
create index invitation_code_latest on competition.invitation_code (invitation_id, account_id, created_at desc);

-- Failed identity checks (实名核验) of workers answering invitations, so that the form cannot
-- be used to try name and ID number pairs: bounded per account and per ID number a day.
-- The ID number is kept only as the member module's keyed hash (null if it was not a
-- valid one).
create table competition.identity_attempt (
    id              bigserial   primary key,
    account_id      bigint      not null,
    id_number_hash  bytea,
    attempted_at    timestamptz not null default now()
);
create index identity_attempt_account on competition.identity_attempt (account_id, attempted_at);
create index identity_attempt_hash on competition.identity_attempt (id_number_hash, attempted_at);
