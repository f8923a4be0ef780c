-- Account-member pairs staff unlinked (the wrong person had proven the identity, or the
-- account was lost): the same account may not prove the same member again by itself.
-- Staff clear the block when the worker turns out to be that member after all.
create table member.member_account_unlinked (
    account_id  bigint      not null,
    member_id   bigint      not null references member.member (id),
    unlinked_at timestamptz not null default now(),
    primary key (account_id, member_id)
);
