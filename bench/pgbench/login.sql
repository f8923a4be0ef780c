-- what signing in asks of the database (the password check itself is in the JVM: see bcrypt)
\set k random(1, :accounts)
select id, username, password_hash, display_name, role, org_id, enabled, locked_until, org_path::text as org_path
from account.account where lower(username) = lower('bench' || lpad(cast(:k as text), 3, '0')) \gset a_
update account.account set failed_logins = 0, locked_until = null where id = :a_id;
insert into audit.audit_event (actor_id, actor_name, action, entity_type, entity_id, org_path, summary, changes, client_ip)
values (:a_id, :a_username, 'LOGIN', 'account', cast(:a_id as text), cast(:a_org_path as ltree), '登录成功', null, '127.0.0.1');
insert into account.api_token (token_hash, account_id, expires_at)
values (sha256(convert_to(random()::text || clock_timestamp()::text, 'UTF8')), :a_id, now() + interval '8 hours');
