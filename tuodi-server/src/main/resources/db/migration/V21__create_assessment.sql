-- assessment: the engine's state per household (家庭风险状态). Owned by org.tuodi.server.assessment.

CREATE TABLE assessment_household_state (
    household_id     varchar(32)  PRIMARY KEY,
    state            bytea        NOT NULL,
    rule_set_hash    varchar(80)  NOT NULL,
    held_from        date,
    assessed_through date,
    newest_seen      date,
    open_level       varchar(10),
    version          int          NOT NULL DEFAULT 0,
    updated_at       timestamptz  NOT NULL
);
CREATE INDEX assessment_household_state_held ON assessment_household_state (held_from)
    WHERE held_from IS NOT NULL;
COMMENT ON TABLE assessment_household_state IS '家庭风险状态：引擎对每户的紧凑状态（HouseholdStateCodec 编码），与接收的记录在同一事务中更新';
COMMENT ON COLUMN assessment_household_state.household_id IS '户编号';
COMMENT ON COLUMN assessment_household_state.state IS 'HouseholdStateCodec 编码的引擎状态';
COMMENT ON COLUMN assessment_household_state.rule_set_hash IS '产生该状态的规则集内容哈希';
COMMENT ON COLUMN assessment_household_state.held_from IS '尚待评估的最早记录日期；为空表示没有等待评估的记录';
COMMENT ON COLUMN assessment_household_state.assessed_through IS '已评估至的日期（事件时间）';
COMMENT ON COLUMN assessment_household_state.newest_seen IS '收到的最新记录日期（事件时间）';
COMMENT ON COLUMN assessment_household_state.open_level IS '引擎视角下未办结案件的预警等级；无未办结案件为空';
COMMENT ON COLUMN assessment_household_state.version IS '乐观锁版本号';
COMMENT ON COLUMN assessment_household_state.updated_at IS '最后更新时间';
