-- 授权书 and 家庭经济状况核对 (docs/security.md, "Seeing a whole number"): a household's signed
-- authorisation to query its personal data and check its economic status, recorded with a
-- reference to the scanned document; and the check requests made under one. Owned by the registry.

CREATE TABLE registry_query_authorisation (
    id           bigserial    PRIMARY KEY,
    household_id varchar(32)  NOT NULL REFERENCES registry_household (id) ON DELETE CASCADE,
    signed_by    varchar(100) NOT NULL,
    signed_on    date         NOT NULL,
    scopes       varchar(20)[] NOT NULL CHECK (cardinality(scopes) > 0
                     AND scopes <@ ARRAY['PERSONAL_DATA', 'ECONOMIC_STATUS']::varchar(20)[]),
    valid_from   date         NOT NULL,
    valid_until  date         NOT NULL,
    document_ref varchar(200) NOT NULL,
    recorded_by  varchar(64)  NOT NULL,
    recorded_at  timestamptz  NOT NULL,
    CHECK (valid_until >= valid_from)
);
CREATE INDEX registry_query_authorisation_household
    ON registry_query_authorisation (household_id, valid_until);

COMMENT ON TABLE registry_query_authorisation IS '授权书：家庭成员签字授权民政部门查询其个人信息、核对其家庭经济状况；查看完整号码和发起核对须有有效授权书';
COMMENT ON COLUMN registry_query_authorisation.household_id IS '户编号';
COMMENT ON COLUMN registry_query_authorisation.signed_by IS '签字人（户主或其他共同生活家庭成员、监护人）';
COMMENT ON COLUMN registry_query_authorisation.signed_on IS '签字日期';
COMMENT ON COLUMN registry_query_authorisation.scopes IS '授权范围：PERSONAL_DATA 查询个人身份和联系信息，ECONOMIC_STATUS 核对家庭经济状况';
COMMENT ON COLUMN registry_query_authorisation.valid_from IS '有效期起（含）';
COMMENT ON COLUMN registry_query_authorisation.valid_until IS '有效期止（含）';
COMMENT ON COLUMN registry_query_authorisation.document_ref IS '授权书扫描件的档案编号或文件引用';
COMMENT ON COLUMN registry_query_authorisation.recorded_by IS '录入人（用户名）';
COMMENT ON COLUMN registry_query_authorisation.recorded_at IS '录入时间';

CREATE TABLE registry_economic_check (
    id               bigserial    PRIMARY KEY,
    household_id     varchar(32)  NOT NULL REFERENCES registry_household (id) ON DELETE CASCADE,
    authorisation_id bigint       NOT NULL REFERENCES registry_query_authorisation (id)
                         ON DELETE CASCADE,
    purpose          text         NOT NULL CHECK (length(btrim(purpose)) > 0),
    status           varchar(12)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING')),
    requested_by     varchar(64)  NOT NULL,
    requested_at     timestamptz  NOT NULL
);
CREATE INDEX registry_economic_check_household ON registry_economic_check (household_id, id);

COMMENT ON TABLE registry_economic_check IS '家庭经济状况核对申请：依有效授权书发起；尚未接入核对系统，申请记录为待核对';
COMMENT ON COLUMN registry_economic_check.household_id IS '户编号';
COMMENT ON COLUMN registry_economic_check.authorisation_id IS '所依据的授权书';
COMMENT ON COLUMN registry_economic_check.purpose IS '核对事由';
COMMENT ON COLUMN registry_economic_check.status IS '状态：PENDING 待核对（核对系统接入后由其回填结果）';
COMMENT ON COLUMN registry_economic_check.requested_by IS '申请人（用户名）';
COMMENT ON COLUMN registry_economic_check.requested_at IS '申请时间';
