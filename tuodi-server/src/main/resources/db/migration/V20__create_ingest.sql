-- ingest: department feeds (部门数据接收). Owned by org.tuodi.server.ingest.

CREATE TABLE ingest_department_token (
    id          bigserial PRIMARY KEY,
    department  varchar(30)  NOT NULL,
    label       varchar(100) NOT NULL,
    token_hash  char(64)     NOT NULL UNIQUE,
    issued_by   varchar(100) NOT NULL,
    issued_at   timestamptz  NOT NULL,
    revoked_by  varchar(100),
    revoked_at  timestamptz
);
COMMENT ON TABLE ingest_department_token IS '部门数据接口令牌：每个令牌只属于一个部门，只存哈希，可吊销';
COMMENT ON COLUMN ingest_department_token.department IS '令牌所属部门（formats.md 的 source 代码）';
COMMENT ON COLUMN ingest_department_token.label IS '令牌用途说明，如“医保局月度推送”';
COMMENT ON COLUMN ingest_department_token.token_hash IS '令牌明文的 SHA-256（十六进制）；明文只在签发时返回一次';
COMMENT ON COLUMN ingest_department_token.issued_by IS '签发人（用户名）';
COMMENT ON COLUMN ingest_department_token.issued_at IS '签发时间';
COMMENT ON COLUMN ingest_department_token.revoked_by IS '吊销人（用户名），未吊销为空';
COMMENT ON COLUMN ingest_department_token.revoked_at IS '吊销时间，未吊销为空';

CREATE TABLE ingest_event (
    id           bigserial PRIMARY KEY,
    source       varchar(30)  NOT NULL,
    event_id     varchar(128) NOT NULL,
    type         varchar(40)  NOT NULL,
    id_number    char(18)     NOT NULL,
    occurred_on  date         NOT NULL,
    payload      jsonb        NOT NULL,
    household_id varchar(32),
    outcome      varchar(20),
    received_at  timestamptz  NOT NULL,
    CONSTRAINT ingest_event_key UNIQUE (source, event_id)
);
CREATE INDEX ingest_event_household ON ingest_event (household_id);
CREATE INDEX ingest_event_unmatched ON ingest_event (id_number bpchar_pattern_ops)
    WHERE household_id IS NULL;
COMMENT ON TABLE ingest_event IS '部门数据记录：每条 (source, event_id) 只存一次；不属于任何监测户的记录保留为未匹配，供主动发现';
COMMENT ON COLUMN ingest_event.source IS '数据来源部门';
COMMENT ON COLUMN ingest_event.event_id IS '部门内唯一的记录编号';
COMMENT ON COLUMN ingest_event.type IS '记录类型（formats.md events.csv 的 type）';
COMMENT ON COLUMN ingest_event.id_number IS '当事人公民身份号码（完整号码，仅在库内保存；接口只返回脱敏号码）';
COMMENT ON COLUMN ingest_event.occurred_on IS '记录发生日期（事件时间，引擎据此计算）';
COMMENT ON COLUMN ingest_event.payload IS '记录全部字段（formats.md 的 JSON 形式，驼峰命名）';
COMMENT ON COLUMN ingest_event.household_id IS '接收时当事人所在监测户；为空表示未匹配';
COMMENT ON COLUMN ingest_event.outcome IS '引擎处理结果：PLACED、LATE、DUPLICATE、NO_INDICATOR；未匹配记录为空';
COMMENT ON COLUMN ingest_event.received_at IS '平台接收时间';
