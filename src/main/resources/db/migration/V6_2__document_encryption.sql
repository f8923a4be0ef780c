-- document bytes are sealed with the personal data key (AES-GCM) from now on; rows stored
-- before stay readable as they are
alter table assistance.document add column encrypted boolean not null default false;
