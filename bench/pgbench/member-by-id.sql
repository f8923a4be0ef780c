-- the member lookup itself, as MemberRepository.find runs it
\set id random(1, :maxid)
select id, name, id_number_masked, birth_date, gender, phone, org_id, org_path::text as org_path, employer,
       joined_on, status, occupation, skill_level, new_employment_form, version
from member.member where id = :id;
