-- Linking a worker account to its member record (实名认证) by a one-time code sent to the
-- mobile number on the roster: knowing a member's name and ID number is not enough.
-- One live code per account: a new one replaces it; using it up deletes it.
create table member.identity_code (
    account_id bigint      primary key,
    member_id  bigint      not null references member.member (id),
    code_hash  bytea       not null,
    expires_at timestamptz not null,
    attempts   int         not null default 0,
    created_at timestamptz not null default now()
);

-- Every request for a code, matching a member or not, for the daily caps: requests per
-- account, and codes sent per member whichever accounts asked.
create table member.identity_request (
    id           bigserial   primary key,
    account_id   bigint      not null,
    member_id    bigint      references member.member (id),
    sent         boolean     not null,
    requested_at timestamptz not null default now()
);
create index identity_request_account on member.identity_request (account_id, requested_at);
create index identity_request_member_sent on member.identity_request (member_id, requested_at) where sent;
