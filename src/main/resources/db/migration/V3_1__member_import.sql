-- the arguments of the job's message key (e.g. the missing columns), and a heartbeat so that a
-- job whose node died is failed rather than left running forever
alter table member.import_job add column message_args jsonb;
alter table member.import_job add column heartbeat_at timestamptz not null default now();
create index import_job_created_by on member.import_job (created_by, created_at desc);
create index import_job_running on member.import_job (heartbeat_at) where status in ('PENDING', 'VALIDATING', 'IMPORTING');
