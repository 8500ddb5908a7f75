-- assessment: versioned rule sets (预警指标体系版本). Owned by org.tuodi.server.assessment.

CREATE TABLE assessment_rule_set (
    id             bigserial    PRIMARY KEY,
    rule_set_id    varchar(100) NOT NULL,
    version        varchar(100) NOT NULL,
    name           varchar(200) NOT NULL,
    content        text         NOT NULL,
    content_hash   varchar(40)  NOT NULL,
    status         varchar(10)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    effective_from date         NOT NULL,
    created_by     varchar(100) NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    published_by   varchar(100),
    published_at   timestamptz,
    CONSTRAINT assessment_rule_set_version UNIQUE (rule_set_id, version),
    CONSTRAINT assessment_rule_set_published
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL AND published_by IS NOT NULL))
);
CREATE INDEX assessment_rule_set_in_force ON assessment_rule_set (effective_from DESC, id DESC)
    WHERE status = 'PUBLISHED';
COMMENT ON TABLE assessment_rule_set IS '预警指标体系版本：草稿与已发布版本；已发布版本不可修改，自生效日起由风险评估使用';
COMMENT ON COLUMN assessment_rule_set.rule_set_id IS '规则集标识（文件的 id）';
COMMENT ON COLUMN assessment_rule_set.version IS '版本号（文件的 version），同一规则集内唯一';
COMMENT ON COLUMN assessment_rule_set.name IS '规则集中文名称（文件的 name）';
COMMENT ON COLUMN assessment_rule_set.content IS '规则集文件全文（tuodi-rule-set/1 格式，按提交原样保存）';
COMMENT ON COLUMN assessment_rule_set.content_hash IS '内容哈希（RuleSetFormat.contentHash：规范文本 SHA-256 前16位）';
COMMENT ON COLUMN assessment_rule_set.status IS '状态：DRAFT 草稿，PUBLISHED 已发布';
COMMENT ON COLUMN assessment_rule_set.effective_from IS '生效日期（文件的 effectiveFrom）；已发布版本自该日起使用';
COMMENT ON COLUMN assessment_rule_set.created_by IS '起草人（用户名）';
COMMENT ON COLUMN assessment_rule_set.created_at IS '起草时间';
COMMENT ON COLUMN assessment_rule_set.updated_at IS '最后修改时间';
COMMENT ON COLUMN assessment_rule_set.published_by IS '发布人（用户名），草稿为空';
COMMENT ON COLUMN assessment_rule_set.published_at IS '发布时间，草稿为空';
