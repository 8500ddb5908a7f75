-- Platform: users with a role and a region, and the append-only audit trail.

CREATE TABLE platform_user (
    id            bigserial    PRIMARY KEY,
    username      varchar(64)  NOT NULL UNIQUE,
    password_hash varchar(255) NOT NULL,
    role          varchar(32)  NOT NULL CHECK (role IN ('PROVINCE_OFFICER', 'CITY_OFFICER',
                      'COUNTY_OFFICER', 'TOWN_OFFICER', 'VILLAGE_ASSISTANT', 'AUDITOR',
                      'DEPARTMENT_FEED')),
    region_code   varchar(12)  NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL
);

COMMENT ON TABLE platform_user IS '平台用户：每个用户有一个角色和一个所属区划，所有读写都限定在该区划内';
COMMENT ON COLUMN platform_user.username IS '登录名（唯一）';
COMMENT ON COLUMN platform_user.password_hash IS '密码哈希（DelegatingPasswordEncoder，带算法前缀，如 {bcrypt}）；从不保存明文';
COMMENT ON COLUMN platform_user.role IS '角色：省/市/县民政、乡镇民政所、村协理员、审计人员、部门数据接口';
COMMENT ON COLUMN platform_user.region_code IS '所属区划的12位统计用区划代码';
COMMENT ON COLUMN platform_user.enabled IS '是否启用；停用的用户不能登录';
COMMENT ON COLUMN platform_user.created_at IS '创建时间';

CREATE TABLE platform_audit (
    id           bigserial    PRIMARY KEY,
    at           timestamptz  NOT NULL,
    actor        varchar(100) NOT NULL,
    action       varchar(64)  NOT NULL,
    subject_type varchar(64)  NOT NULL,
    subject_id   varchar(200) NOT NULL,
    detail       text         NOT NULL DEFAULT ''
);

CREATE INDEX platform_audit_subject ON platform_audit (subject_type, subject_id);
CREATE INDEX platform_audit_at ON platform_audit (at);

COMMENT ON TABLE platform_audit IS '审计日志：谁、何时、对什么做了什么；只能追加，不能修改或删除';
COMMENT ON COLUMN platform_audit.at IS '发生时间（服务器时钟）';
COMMENT ON COLUMN platform_audit.actor IS '操作者：用户名、department:<来源部门> 或 system';
COMMENT ON COLUMN platform_audit.action IS '动作，如 LOGIN、LOGIN_FAILED、IMPORT_STARTED';
COMMENT ON COLUMN platform_audit.subject_type IS '对象类型，如 user、household、import_job';
COMMENT ON COLUMN platform_audit.subject_id IS '对象标识';
COMMENT ON COLUMN platform_audit.detail IS '英文 key=value 说明，只含标识，不含姓名、身份证号、收入';

-- The table owner can always UPDATE and DELETE, so REVOKE cannot make the trail append-only:
-- these triggers refuse every change after the insert, for everyone.
CREATE FUNCTION platform_audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'platform_audit is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER platform_audit_append_only
    BEFORE UPDATE OR DELETE ON platform_audit
    FOR EACH ROW EXECUTE FUNCTION platform_audit_refuse_change();

CREATE TRIGGER platform_audit_no_truncate
    BEFORE TRUNCATE ON platform_audit
    FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_refuse_change();

COMMENT ON FUNCTION platform_audit_refuse_change() IS '审计日志只能追加：拒绝 UPDATE、DELETE、TRUNCATE';
