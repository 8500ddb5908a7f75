-- dashboard: the facts the statistics are counted from (统计分析). Owned by org.tuodi.server.dashboard.
-- Plain views on the alerting tables (docs/server-cases.md, "Tables the dashboard may rely on"):
-- always current, nothing to refresh. For a province they become materialised or pre-aggregated
-- tables (docs/server-statistics.md, "Performance"); the statistics read the same columns then.

CREATE VIEW dashboard_case_fact AS
SELECT c.id                                              AS case_id,
       c.household_id,
       c.region_code::text                               AS region_code,
       rpad(substr(c.region_code, 1, 9), 12, '0')        AS town_code,
       rpad(substr(c.region_code, 1, 6), 12, '0')        AS county_code,
       rpad(substr(c.region_code, 1, 4), 12, '0')        AS city_code,
       rpad(substr(c.region_code, 1, 2), 12, '0')        AS province_code,
       c.level,
       c.status,
       c.status <> 'CLOSED'                              AS is_open,
       c.raised_on,
       c.visit_due,
       c.disposal_due,
       c.visited_on,
       c.visited_on IS NOT NULL                          AS is_visited,
       c.visited_on <= c.visit_due                       AS is_visited_on_time,
       c.disposed_on,
       c.outcome,
       (c.disposed_on IS NOT NULL
           AND (c.outcome IN ('DELIVER_ENTITLEMENT', 'REFER_TO_DEPARTMENT', 'ESCALATE_TO_COUNTY')
                OR EXISTS (SELECT 1 FROM alerting_measure m
                           WHERE m.case_id = c.id AND m.stage = 'DECIDED'))) AS is_helped,
       c.closed_on,
       CASE WHEN c.status <> 'CLOSED' THEN c.overdue END AS overdue,
       c.escalated_to,
       c.assignee_id
FROM alerting_case c;

COMMENT ON VIEW dashboard_case_fact IS '统计事实（案件）：每件预警案件一行，含所在村及其乡镇、县、市、省代码，推送、入户、帮扶、及时入户和超期标志；统计口径见 docs/server-statistics.md';
COMMENT ON COLUMN dashboard_case_fact.case_id IS '案件编号';
COMMENT ON COLUMN dashboard_case_fact.household_id IS '户编号';
COMMENT ON COLUMN dashboard_case_fact.region_code IS '监测户所在村（居）的12位区划代码';
COMMENT ON COLUMN dashboard_case_fact.town_code IS '所在乡镇（街道）代码，补零至12位';
COMMENT ON COLUMN dashboard_case_fact.county_code IS '所在县（市、区）代码，补零至12位';
COMMENT ON COLUMN dashboard_case_fact.city_code IS '所在市代码，补零至12位';
COMMENT ON COLUMN dashboard_case_fact.province_code IS '所在省代码，补零至12位';
COMMENT ON COLUMN dashboard_case_fact.level IS '当前预警等级（升级后为升级后的等级）';
COMMENT ON COLUMN dashboard_case_fact.status IS '案件状态';
COMMENT ON COLUMN dashboard_case_fact.is_open IS '未办结';
COMMENT ON COLUMN dashboard_case_fact.raised_on IS '推送预警（生成案件）的日期；统计期间按此日期归属';
COMMENT ON COLUMN dashboard_case_fact.visit_due IS '入户核实时限（含当日）';
COMMENT ON COLUMN dashboard_case_fact.disposal_due IS '处置时限（含当日）';
COMMENT ON COLUMN dashboard_case_fact.visited_on IS '入户核实日期';
COMMENT ON COLUMN dashboard_case_fact.is_visited IS '已入户核实';
COMMENT ON COLUMN dashboard_case_fact.is_visited_on_time IS '在时限内（含当日）入户；未入户为空';
COMMENT ON COLUMN dashboard_case_fact.disposed_on IS '处置日期（提交县级的为县级一事一议决定日期）';
COMMENT ON COLUMN dashboard_case_fact.outcome IS '处置方式';
COMMENT ON COLUMN dashboard_case_fact.is_helped IS '给予了救助帮扶建议或措施：处置已完成，且处置方式为落实应享未享政策、转介相关部门或县级一事一议（已决定），或确定了至少一项救助措施';
COMMENT ON COLUMN dashboard_case_fact.closed_on IS '办结日期';
COMMENT ON COLUMN dashboard_case_fact.overdue IS '超期类型（超期巡检最近一次的标记）：VISIT 入户超期，DISPOSAL 处置超期；未超期或已办结为空';
COMMENT ON COLUMN dashboard_case_fact.escalated_to IS '超期督办层级：TOWN 乡镇，COUNTY 县级';
COMMENT ON COLUMN dashboard_case_fact.assignee_id IS '承办的村社会救助协理员（用户编号）';

CREATE VIEW dashboard_indicator_fact AS
SELECT d.id                                                  AS decision_id,
       d.case_id,
       c.region_code::text                                   AS region_code,
       rpad(substr(c.region_code, 1, 9), 12, '0')            AS town_code,
       rpad(substr(c.region_code, 1, 6), 12, '0')            AS county_code,
       rpad(substr(c.region_code, 1, 4), 12, '0')            AS city_code,
       rpad(substr(c.region_code, 1, 2), 12, '0')            AS province_code,
       d.decision,
       d.level,
       d.as_of,
       (d.created_at AT TIME ZONE 'Asia/Shanghai')::date     AS decided_on,
       c.raised_on,
       i.position,
       i.indicator_code,
       d.receipt -> 'hits' -> i.position ->> 'name'          AS indicator_name,
       i.dimension,
       i.score
FROM alerting_decision d
JOIN alerting_case c ON c.id = d.case_id
JOIN alerting_decision_indicator i ON i.decision_id = d.id
WHERE d.decision IN ('RAISE', 'ESCALATE');

COMMENT ON VIEW dashboard_indicator_fact IS '统计事实（指标）：推送预警（RAISE）或升级（ESCALATE）决策命中的每个指标一行，含案件所在地区；补充证据（ADD_EVIDENCE）不计';
COMMENT ON COLUMN dashboard_indicator_fact.decision_id IS '决策编号';
COMMENT ON COLUMN dashboard_indicator_fact.case_id IS '案件编号';
COMMENT ON COLUMN dashboard_indicator_fact.region_code IS '案件所在村（居）的12位区划代码';
COMMENT ON COLUMN dashboard_indicator_fact.town_code IS '所在乡镇（街道）代码，补零至12位';
COMMENT ON COLUMN dashboard_indicator_fact.county_code IS '所在县（市、区）代码，补零至12位';
COMMENT ON COLUMN dashboard_indicator_fact.city_code IS '所在市代码，补零至12位';
COMMENT ON COLUMN dashboard_indicator_fact.province_code IS '所在省代码，补零至12位';
COMMENT ON COLUMN dashboard_indicator_fact.decision IS 'RAISE 推送预警，ESCALATE 升级';
COMMENT ON COLUMN dashboard_indicator_fact.level IS '决策的预警等级';
COMMENT ON COLUMN dashboard_indicator_fact.as_of IS '决策的事件时间日期';
COMMENT ON COLUMN dashboard_indicator_fact.decided_on IS '平台作出决策的日期（北京时间）';
COMMENT ON COLUMN dashboard_indicator_fact.raised_on IS '所属案件推送预警的日期；统计期间按此日期归属';
COMMENT ON COLUMN dashboard_indicator_fact.position IS '在决策凭证中的顺序';
COMMENT ON COLUMN dashboard_indicator_fact.indicator_code IS '指标代码';
COMMENT ON COLUMN dashboard_indicator_fact.indicator_name IS '指标名称（决策时规则集中的名称，取自决策凭证）';
COMMENT ON COLUMN dashboard_indicator_fact.dimension IS '监测维度';
COMMENT ON COLUMN dashboard_indicator_fact.score IS '该指标分值';
