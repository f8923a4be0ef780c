-- The worker account that speaks for a member across the platform, linked once after the
-- worker proved name and ID number against the roster (实名核验). One account per member
-- and one member per account, so no worker can act as someone else.
create table member.member_account (
    account_id bigint      primary key,
    member_id  bigint      not null unique references member.member (id),
    linked_at  timestamptz not null default now()
);
