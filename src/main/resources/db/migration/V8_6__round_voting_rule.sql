-- The organiser's voting rule per round: how many votes a verified voter may cast per day
-- or over the whole round. Existing rounds keep the usual one vote per day.
alter table competition.round
    add column vote_period   text    not null default 'PER_DAY' check (vote_period in ('PER_DAY', 'PER_ROUND')),
    add column votes_allowed integer not null default 1 check (votes_allowed between 1 and 100);
