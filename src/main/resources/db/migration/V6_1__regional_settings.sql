-- category thresholds per region as multiples (basis points) of the region's minimum living standard,
-- in force from a date; a region without its own uses its city's, then its province's, then the defaults
create table assistance.hardship_threshold (
    region_code     text        not null check (region_code ~ '^[0-9]{6}$'),
    effective_from  date        not null,
    deep_below_bp            integer not null check (deep_below_bp > 0),
    relative_within_bp       integer not null,
    accident_within_bp       integer not null,
    recorded_by     bigint,
    recorded_at     timestamptz not null default now(),
    primary key (region_code, effective_from),
    check (deep_below_bp <= relative_within_bp and relative_within_bp <= accident_within_bp)
);

-- the multiples a file's proposal used, so the page shows the same computation later;
-- null on files proposed before regional thresholds existed (they used the defaults)
alter table assistance.hardship_case
    add column deep_below_bp integer,
    add column relative_within_bp integer,
    add column accident_within_bp integer;

-- 金秋助学 amounts per region; a level and household type a region does not set falls back to
-- its city's, its province's, then the global table student_aid_amount
create table assistance.student_aid_regional_amount (
    region_code     text   not null check (region_code ~ '^[0-9]{6}$'),
    level           text   not null,
    household_type  text   not null,
    amount_fen      bigint not null check (amount_fen > 0),
    recorded_by     bigint,
    recorded_at     timestamptz not null default now(),
    primary key (region_code, level, household_type)
);
