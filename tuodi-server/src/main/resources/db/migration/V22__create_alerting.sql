-- alerting: one case per household (一户一案), its decisions, visit, measures, feedback and history.
-- Owned by org.tuodi.server.alerting. The dashboard builds views on these tables and columns.

CREATE TABLE alerting_case (
    id           bigserial    PRIMARY KEY,
    household_id varchar(32)  NOT NULL,
    region_code  char(12)     NOT NULL,
    level        varchar(10)  NOT NULL CHECK (level IN ('GENERAL', 'URGENT')),
    status       varchar(30)  NOT NULL CHECK (status IN ('PENDING_ASSIGNMENT', 'ASSIGNED', 'VISITED',
                     'DISPOSED', 'CLOSED', 'NO_ASSISTANCE_NEEDED', 'ESCALATED_TO_COUNTY')),
    raised_on    date         NOT NULL,
    visit_due    date         NOT NULL,
    disposal_due date         NOT NULL,
    assignee_id  bigint,
    visited_on   date,
    disposed_on  date,
    closed_on    date,
    outcome      varchar(40)  CHECK (outcome IN ('DELIVER_ENTITLEMENT', 'REFER_TO_DEPARTMENT',
                     'ESCALATE_TO_COUNTY', 'TERMINATE_OR_NO_NEED')),
    overdue      varchar(10)  CHECK (overdue IN ('VISIT', 'DISPOSAL')),
    escalated_to varchar(10)  CHECK (escalated_to IN ('TOWN', 'COUNTY')),
    version      int          NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);
CREATE UNIQUE INDEX alerting_case_one_open_per_household ON alerting_case (household_id)
    WHERE status <> 'CLOSED';
CREATE INDEX alerting_case_region ON alerting_case (region_code, status);
CREATE INDEX alerting_case_assignee ON alerting_case (assignee_id) WHERE assignee_id IS NOT NULL;
COMMENT ON TABLE alerting_case IS '预警案件（一户一案）：每户同时至多一件未办结案件，由数据库部分唯一索引保证';
COMMENT ON COLUMN alerting_case.household_id IS '户编号';
COMMENT ON COLUMN alerting_case.region_code IS '监测户所在村（居）的12位统计用区划代码';
COMMENT ON COLUMN alerting_case.level IS '预警等级：GENERAL 一般，URGENT 紧急';
COMMENT ON COLUMN alerting_case.status IS '案件状态：PENDING_ASSIGNMENT 待分派，ASSIGNED 已分派，VISITED 已入户核实，DISPOSED 已处置，ESCALATED_TO_COUNTY 提交县级一事一议，NO_ASSISTANCE_NEEDED 核实无需救助，CLOSED 已办结';
COMMENT ON COLUMN alerting_case.raised_on IS '平台生成案件的日期（时钟日期）；时限由此起算';
COMMENT ON COLUMN alerting_case.visit_due IS '入户核实时限（含当日）';
COMMENT ON COLUMN alerting_case.disposal_due IS '处置时限（含当日）';
COMMENT ON COLUMN alerting_case.assignee_id IS '承办的村社会救助协理员（用户编号）';
COMMENT ON COLUMN alerting_case.visited_on IS '入户核实日期';
COMMENT ON COLUMN alerting_case.disposed_on IS '处置日期（县级一事一议决定日期）';
COMMENT ON COLUMN alerting_case.closed_on IS '办结日期';
COMMENT ON COLUMN alerting_case.outcome IS '处置方式（国办发〔2023〕39号四类）：DELIVER_ENTITLEMENT 落实应享未享政策，REFER_TO_DEPARTMENT 转介相关部门，ESCALATE_TO_COUNTY 提交县级一事一议，TERMINATE_OR_NO_NEED 核实终止或无需救助';
COMMENT ON COLUMN alerting_case.overdue IS '超期类型：VISIT 入户核实超期，DISPOSAL 处置超期；未超期为空';
COMMENT ON COLUMN alerting_case.escalated_to IS '超期督办层级：TOWN 乡镇，COUNTY 县级；未督办为空';
COMMENT ON COLUMN alerting_case.version IS '乐观锁版本号，每次变更加一';
COMMENT ON COLUMN alerting_case.created_at IS '创建时间';
COMMENT ON COLUMN alerting_case.updated_at IS '最后变更时间';

CREATE TABLE alerting_decision (
    id               bigserial    PRIMARY KEY,
    case_id          bigint       REFERENCES alerting_case (id),
    household_id     varchar(32)  NOT NULL,
    decision         varchar(20)  NOT NULL CHECK (decision IN ('RAISE', 'ESCALATE', 'ADD_EVIDENCE')),
    level            varchar(10)  NOT NULL,
    score            int          NOT NULL,
    as_of            date         NOT NULL,
    rule_set_id      varchar(100) NOT NULL,
    rule_set_version varchar(100) NOT NULL,
    rule_set_hash    varchar(80)  NOT NULL,
    receipt          jsonb        NOT NULL,
    created_at       timestamptz  NOT NULL
);
CREATE INDEX alerting_decision_case ON alerting_decision (case_id);
CREATE INDEX alerting_decision_household ON alerting_decision (household_id);
COMMENT ON TABLE alerting_decision IS '预警决策：引擎的每个决策及其决策凭证（为什么预警）';
COMMENT ON COLUMN alerting_decision.case_id IS '所属案件';
COMMENT ON COLUMN alerting_decision.household_id IS '户编号';
COMMENT ON COLUMN alerting_decision.decision IS 'RAISE 推送预警，ESCALATE 升级，ADD_EVIDENCE 补充证据';
COMMENT ON COLUMN alerting_decision.level IS '决策时的预警等级';
COMMENT ON COLUMN alerting_decision.score IS '各命中指标分值之和';
COMMENT ON COLUMN alerting_decision.as_of IS '决策的事件时间日期';
COMMENT ON COLUMN alerting_decision.rule_set_id IS '规则集编号';
COMMENT ON COLUMN alerting_decision.rule_set_version IS '规则集版本';
COMMENT ON COLUMN alerting_decision.rule_set_hash IS '规则集内容哈希';
COMMENT ON COLUMN alerting_decision.receipt IS '决策凭证：每个命中指标的代码、名称、维度、测量值、阈值、分值、硬触发等级和证据记录';
COMMENT ON COLUMN alerting_decision.created_at IS '记录时间';

CREATE TABLE alerting_decision_indicator (
    decision_id    bigint      NOT NULL REFERENCES alerting_decision (id),
    position       smallint    NOT NULL,
    indicator_code varchar(64) NOT NULL,
    dimension      varchar(30) NOT NULL,
    value          varchar(40) NOT NULL,
    threshold      varchar(40) NOT NULL,
    score          int         NOT NULL,
    PRIMARY KEY (decision_id, position)
);
CREATE INDEX alerting_decision_indicator_code ON alerting_decision_indicator (indicator_code);
COMMENT ON TABLE alerting_decision_indicator IS '决策命中的指标（按规则集顺序）';
COMMENT ON COLUMN alerting_decision_indicator.decision_id IS '所属决策';
COMMENT ON COLUMN alerting_decision_indicator.position IS '在决策凭证中的顺序（规则集顺序）';
COMMENT ON COLUMN alerting_decision_indicator.indicator_code IS '指标代码';
COMMENT ON COLUMN alerting_decision_indicator.dimension IS '指标维度（医疗、教育、就业等）';
COMMENT ON COLUMN alerting_decision_indicator.value IS '测量值（金额元或次数）';
COMMENT ON COLUMN alerting_decision_indicator.threshold IS '阈值';
COMMENT ON COLUMN alerting_decision_indicator.score IS '该指标分值';

CREATE TABLE alerting_visit (
    case_id       bigint       PRIMARY KEY REFERENCES alerting_case (id),
    visited_on    date         NOT NULL,
    investigators text[]       NOT NULL,
    findings      jsonb        NOT NULL,
    remarks       text         NOT NULL DEFAULT '',
    family_signed boolean      NOT NULL,
    recorded_by   varchar(100) NOT NULL,
    recorded_at   timestamptz  NOT NULL
);
COMMENT ON TABLE alerting_visit IS '入户核实记录：调查人员不少于2人（最低生活保障审核确认办法 第十六条）';
COMMENT ON COLUMN alerting_visit.case_id IS '所属案件';
COMMENT ON COLUMN alerting_visit.visited_on IS '入户日期';
COMMENT ON COLUMN alerting_visit.investigators IS '调查人员（用户编号或工号），至少2人';
COMMENT ON COLUMN alerting_visit.findings IS '核实结果：人均月收入、家庭人口、资产、刚性支出、困难金额、劳动能力、赡养人、成员状况、危房、受灾、急难';
COMMENT ON COLUMN alerting_visit.remarks IS '备注（可能含个人信息）';
COMMENT ON COLUMN alerting_visit.family_signed IS '家庭成员是否签字';
COMMENT ON COLUMN alerting_visit.recorded_by IS '录入人（用户名）';
COMMENT ON COLUMN alerting_visit.recorded_at IS '录入时间';

CREATE TABLE alerting_visit_photo (
    id           bigserial    PRIMARY KEY,
    case_id      bigint       NOT NULL REFERENCES alerting_case (id),
    content_type varchar(20)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    size_bytes   int          NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
    content      bytea        NOT NULL,
    uploaded_by  varchar(100) NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);
CREATE INDEX alerting_visit_photo_case ON alerting_visit_photo (case_id);
COMMENT ON TABLE alerting_visit_photo IS '入户照片（JPEG 或 PNG，每张不超过 5 MB）';
COMMENT ON COLUMN alerting_visit_photo.case_id IS '所属案件';
COMMENT ON COLUMN alerting_visit_photo.content_type IS '图片类型';
COMMENT ON COLUMN alerting_visit_photo.size_bytes IS '字节数';
COMMENT ON COLUMN alerting_visit_photo.content IS '图片内容';
COMMENT ON COLUMN alerting_visit_photo.uploaded_by IS '上传人（用户名）';
COMMENT ON COLUMN alerting_visit_photo.uploaded_at IS '上传时间';

CREATE TABLE alerting_measure (
    id            bigserial    PRIMARY KEY,
    case_id       bigint       NOT NULL REFERENCES alerting_case (id),
    stage         varchar(10)  NOT NULL CHECK (stage IN ('PREFILLED', 'DECIDED')),
    position      smallint     NOT NULL,
    measure       varchar(40)  NOT NULL,
    status        varchar(20)  NOT NULL CHECK (status IN ('RECOMMENDED', 'OPTION_IF')),
    amount        numeric(12, 2),
    reason        text         NOT NULL DEFAULT '',
    policy_name   varchar(100),
    policy_source text,
    edited_reason text,
    referred_to   varchar(30),
    UNIQUE (case_id, stage, position)
);
CREATE INDEX alerting_measure_measure ON alerting_measure (measure, stage);
COMMENT ON TABLE alerting_measure IS '救助措施：入户核实后按分层分类救助政策预填（PREFILLED），处置时由乡镇确定（DECIDED），修改须说明理由';
COMMENT ON COLUMN alerting_measure.case_id IS '所属案件';
COMMENT ON COLUMN alerting_measure.stage IS 'PREFILLED 政策预填，DECIDED 处置确定';
COMMENT ON COLUMN alerting_measure.position IS '顺序';
COMMENT ON COLUMN alerting_measure.measure IS '措施代码（如 TEMPORARY_ASSISTANCE_EXPENDITURE 支出型临时救助）';
COMMENT ON COLUMN alerting_measure.status IS 'RECOMMENDED 建议实施，OPTION_IF 附条件备选';
COMMENT ON COLUMN alerting_measure.amount IS '金额（元），无金额为空';
COMMENT ON COLUMN alerting_measure.reason IS '理由';
COMMENT ON COLUMN alerting_measure.policy_name IS '政策名称';
COMMENT ON COLUMN alerting_measure.policy_source IS '政策依据';
COMMENT ON COLUMN alerting_measure.edited_reason IS '处置措施与预填不同时的修改理由';
COMMENT ON COLUMN alerting_measure.referred_to IS '转介部门（专项救助），民政自办的措施为空';

CREATE TABLE alerting_referral_feedback (
    id          bigserial    PRIMARY KEY,
    case_id     bigint       NOT NULL REFERENCES alerting_case (id),
    measure     varchar(40)  NOT NULL,
    department  varchar(30)  NOT NULL,
    result      text         NOT NULL,
    fed_back_on date         NOT NULL,
    recorded_by varchar(100) NOT NULL,
    recorded_at timestamptz  NOT NULL
);
CREATE INDEX alerting_referral_feedback_case ON alerting_referral_feedback (case_id);
COMMENT ON TABLE alerting_referral_feedback IS '转介反馈：相关部门办理结果反馈（一户一条救助链）';
COMMENT ON COLUMN alerting_referral_feedback.case_id IS '所属案件';
COMMENT ON COLUMN alerting_referral_feedback.measure IS '转介的措施';
COMMENT ON COLUMN alerting_referral_feedback.department IS '反馈部门';
COMMENT ON COLUMN alerting_referral_feedback.result IS '办理结果';
COMMENT ON COLUMN alerting_referral_feedback.fed_back_on IS '反馈日期';
COMMENT ON COLUMN alerting_referral_feedback.recorded_by IS '录入人（用户名）';
COMMENT ON COLUMN alerting_referral_feedback.recorded_at IS '录入时间';

CREATE TABLE alerting_case_history (
    id          bigserial    PRIMARY KEY,
    case_id     bigint       NOT NULL REFERENCES alerting_case (id),
    at          timestamptz  NOT NULL,
    on_date     date         NOT NULL,
    actor       varchar(100) NOT NULL,
    action      varchar(40)  NOT NULL,
    from_status varchar(30),
    to_status   varchar(30)  NOT NULL,
    detail      text         NOT NULL DEFAULT ''
);
CREATE INDEX alerting_case_history_case ON alerting_case_history (case_id, id);
COMMENT ON TABLE alerting_case_history IS '案件办理记录：谁、何时、做了什么、状态从何到何';
COMMENT ON COLUMN alerting_case_history.case_id IS '所属案件';
COMMENT ON COLUMN alerting_case_history.at IS '操作时间';
COMMENT ON COLUMN alerting_case_history.on_date IS '办理日期（状态机步骤的日期，如入户日期）';
COMMENT ON COLUMN alerting_case_history.actor IS '操作人：用户名，或 engine（引擎）、sweep（超期巡检）';
COMMENT ON COLUMN alerting_case_history.action IS '操作：OPEN、ASSIGN、REASSIGN、RECORD_VISIT、DISPOSE、DECIDE_BY_COUNTY、CONCLUDE_NO_ASSISTANCE_NEEDED、CLOSE、RAISE_LEVEL（状态机步骤），ADD_EVIDENCE、REFERRAL_FEEDBACK、PHOTO、MARK_OVERDUE、ESCALATE_OVERSIGHT';
COMMENT ON COLUMN alerting_case_history.from_status IS '操作前状态';
COMMENT ON COLUMN alerting_case_history.to_status IS '操作后状态';
COMMENT ON COLUMN alerting_case_history.detail IS '说明（协理员编号、处置方式、等级变化、理由等）';
