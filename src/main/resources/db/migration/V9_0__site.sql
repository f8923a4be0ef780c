create schema if not exists site;

-- A service site (服务阵地). The location is WGS-84; "position" is the same point as an
-- earthdistance cube, so a GiST index answers "nearest first" (KNN on <->).
-- Opening hours are kept three ways: the text staff edit (OpeningHours.toText), and two
-- derived columns the search tests in the row without parsing:
--   weekly_minutes   the regular hours as minutes, two days' room per weekday: weekday w
--                    (Monday 0) covers [w*2880 + opens, w*2880 + opens + length), so a
--                    stretch past midnight stays with the day it starts and never overlaps
--                    the next weekday's own hours
--   exception_days   dates whose own hours replace their weekday's
--   exception_open   local-time stretches opened on those dates
create table site.site (
    id             bigserial primary key,
    name           text             not null,
    types          text[]           not null,
    org_id         bigint           not null,
    org_path       ltree            not null,
    address        text             not null,
    region_code    text             not null,
    lat            double precision not null,
    lon            double precision not null,
    position       earth            not null,
    facilities     text[]           not null default '{}',
    hours          text             not null,
    weekly_minutes int4multirange   not null,
    exception_days datemultirange   not null default '{}',
    exception_open tsmultirange     not null default '{}',
    phone          text,
    honours        text[]           not null default '{}',
    description    text,
    status         text             not null,
    version        integer          not null default 0,
    created_at     timestamptz      not null default now(),
    updated_at     timestamptz      not null default now()
);
create index site_position on site.site using gist (position) where status = 'ACTIVE';
create index site_org_path on site.site using gist (org_path);
create index site_region on site.site (region_code text_pattern_ops);
create index site_name on site.site using gin (name gin_trgm_ops);

create table site.photo (
    id           bigserial primary key,
    site_id      bigint      not null references site.site (id) on delete cascade,
    content_type text        not null,
    bytes        bytea       not null,
    size         integer     not null,
    caption      text,
    created_at   timestamptz not null default now()
);
create index photo_site on site.photo (site_id, id);
