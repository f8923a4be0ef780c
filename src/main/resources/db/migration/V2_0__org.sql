create schema if not exists org;

-- employers, with or without a union: the founding rate counts both
create table org.enterprise (
    id          bigserial primary key,
    name        text        not null,
    credit_code text        not null unique check (credit_code ~ '^[0-9A-Z]{18}$'),
    ownership   text        not null,
    headcount   integer     not null check (headcount >= 0),
    region_code text        not null check (region_code ~ '^[0-9]{6}$'),
    created_at  timestamptz not null default now()
);
create index enterprise_region on org.enterprise (region_code text_pattern_ops);

-- the union tree; path is the ltree of ids from the root, e.g. 1.2.7.42
create table org.organisation (
    id                   bigserial primary key,
    name                 text        not null,
    type                 text        not null,
    parent_id            bigint references org.organisation (id),
    path                 ltree       not null,
    region_code          char(6)     not null,
    enterprise_id        bigint unique references org.enterprise (id),
    founded_on           date,
    has_workers_congress boolean     not null default false,
    has_open_affairs     boolean     not null default false,
    -- kept from the members module's events so that indicators never scan the members
    member_count         integer     not null default 0,
    version              integer     not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index organisation_path on org.organisation using gist (path);
create index organisation_parent on org.organisation (parent_id, name);
create index organisation_name_trgm on org.organisation using gin (name gin_trgm_ops);
