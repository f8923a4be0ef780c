-- Shared infrastructure. Each module owns its own schema; versions are V<module>_<n>:
-- 1 shared, 2 org, 3 member, 4 account, 5 audit, 6 assistance, 7 mutualaid, 8 competition, 9 site, 10 gig
create extension if not exists ltree with schema public;
create extension if not exists pg_trgm with schema public;
create extension if not exists btree_gist with schema public;
create extension if not exists cube with schema public;
create extension if not exists earthdistance with schema public;

create schema if not exists shared;

-- a POST with an Idempotency-Key is answered once; repeats replay the stored answer
create table shared.idempotency_key (
    key          text        not null,
    caller       text        not null,
    path         text        not null,
    status       integer,
    content_type text,
    body         bytea,
    created_at   timestamptz not null default now(),
    completed_at timestamptz,
    primary key (key, caller)
);
create index idempotency_key_created_at on shared.idempotency_key (created_at);

-- Spring Session: browser sessions live in the database so that app nodes stay stateless
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
