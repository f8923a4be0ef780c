-- Until V3_7 a worker account was linked to a member by typing the member's name and ID number,
-- which anyone who knows them can: such a link may be someone else acting as the member. From
-- V3_7 a link is made only by 实名认证 (a code sent to the mobile number on the roster) or by
-- staff who checked the worker in person, so every link made before is removed here, and the
-- worker links again once, by code. Records filed by the member (applications, entries, claims)
-- stay; they name the member, not the account. Each removal is written to the audit log's table
-- directly (a migration has no AuditLog), under the member's union, as the platform's own act.
-- On a new database this runs before the audit log's table exists (V5_0): there is no link yet.
do $$
begin
    if to_regclass('audit.audit_event') is null then
        return;
    end if;
    with removed as (
        delete from member.member_account returning account_id, member_id, linked_at
    )
    insert into audit.audit_event (actor_name, action, entity_type, entity_id, org_path, summary)
    select 'system', 'DELETE', 'member-account', r.member_id::text, m.org_path,
           '职工账号 #' || r.account_id || ' 于 ' || to_char(r.linked_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
               || ' 仅凭姓名和身份证号绑定会员 ' || m.name || '，绑定已解除：职工需在“实名认证”页面用发送到名册手机的验证码重新绑定'
      from removed r
      join member.member m on m.id = r.member_id;
end
$$;
