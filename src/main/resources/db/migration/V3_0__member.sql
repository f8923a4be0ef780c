create schema if not exists member;

create table member.member (
    id                  bigserial primary key,
    name                text        not null,
    -- the ID number encrypted (AES-GCM), a keyed hash for lookups, and the masked form for screens
    id_number_cipher    bytea       not null,
    id_number_hash      bytea       not null unique,
    id_number_masked    text        not null,
    birth_date          date        not null,
    gender              text        not null,
    phone               text,
    -- org_path is this module's copy of the union's ltree path, kept current by OrganisationMoved
    org_id              bigint      not null,
    org_path            ltree       not null,
    employer            text,
    joined_on           date        not null,
    status              text        not null,
    occupation          text,
    skill_level         text,
    new_employment_form boolean     not null default false,
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index member_org_path on member.member using gist (org_path);
create index member_name on member.member (name text_pattern_ops, id);
create index member_org on member.member (org_id, status);

create table member.membership_event (
    id          bigserial primary key,
    member_id   bigint      not null references member.member (id),
    kind        text        not null,
    from_org_id bigint,
    to_org_id   bigint,
    at          timestamptz not null default now(),
    actor_id    bigint,
    note        text
);
create index membership_event_member on member.membership_event (member_id, at);

create table member.join_application (
    id                  bigserial primary key,
    account_id          bigint      not null,
    name                text        not null,
    id_number_cipher    bytea       not null,
    id_number_hash      bytea       not null,
    id_number_masked    text        not null,
    birth_date          date        not null,
    gender              text        not null,
    phone               text        not null,
    org_id              bigint      not null,
    org_path            ltree       not null,
    employer            text,
    occupation          text,
    skill_level         text,
    new_employment_form boolean     not null default false,
    status              text        not null,
    reason              text,
    submitted_at        timestamptz not null default now(),
    decided_at          timestamptz,
    decided_by          bigint,
    member_id           bigint,
    version             integer     not null default 0
);
create unique index join_application_one_pending on member.join_application (id_number_hash) where status = 'PENDING';
create index join_application_org_path on member.join_application using gist (org_path);
create index join_application_account on member.join_application (account_id);

create table member.import_job (
    id             uuid primary key,
    filename       text        not null,
    status         text        not null,
    total_rows     integer     not null default 0,
    processed_rows integer     not null default 0,
    imported_rows  integer     not null default 0,
    error_count    integer     not null default 0,
    errors         jsonb,
    message        text,
    file           bytea,
    created_by     bigint      not null,
    scope_org_id   bigint      not null,
    created_at     timestamptz not null default now(),
    finished_at    timestamptz
);
