-- everything GET /api/v1/members/{id} asks of the database: the bearer token, the caller's scope, the member
\set id random(1, :maxid)
select a.id, a.username, a.password_hash, a.display_name, a.role, a.org_id, a.enabled, a.locked_until,
       a.org_path::text as org_path from account.api_token t join account.account a on a.id = t.account_id
where t.token_hash = decode(:tokenhash, 'hex') and t.expires_at > now();
select o.id, o.name, o.type, o.parent_id, o.path::text as path, o.region_code, o.founded_on,
       o.has_workers_congress, o.has_open_affairs, o.member_count, o.version,
       e.id as e_id, e.name as e_name, e.credit_code, e.ownership, e.headcount
from org.organisation o left join org.enterprise e on e.id = o.enterprise_id where o.id = :rootid;
select id, name, id_number_masked, birth_date, gender, phone, org_id, org_path::text as org_path, employer,
       joined_on, status, occupation, skill_level, new_employment_form, version
from member.member where id = :id;
