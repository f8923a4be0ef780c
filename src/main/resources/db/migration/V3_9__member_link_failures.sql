-- Wrong 账号核对码 typed by staff linking a worker account in person, kept although the
-- link is refused: staff may try a few codes a day, so eight digits cannot be guessed.
-- The target is the account named when it exists, else the login name as typed (so an
-- unknown name is refused as soon as a known one would be, and tells nothing).
create table member.link_failure (
    id                bigserial   primary key,
    staff_account_id  bigint      not null,
    target_account_id bigint,
    target_username   text        not null,
    failed_at         timestamptz not null default now()
);
create index link_failure_staff on member.link_failure (staff_account_id, failed_at);
create index link_failure_target on member.link_failure (target_account_id, failed_at);
create index link_failure_username on member.link_failure (target_username, failed_at)
    where target_account_id is null;
