-- Registry: monitored households, their members and categories (with history), local standards,
-- the assistant of each village, and import jobs with their row-level rejects. The division tree
-- itself is not a table: it is the bundled statistical division data, held in memory
-- (org.tuodi.core.region.RegionDirectory).

CREATE TABLE registry_household (
    id                        varchar(32)   PRIMARY KEY,
    region_code               varchar(12)   NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
    residence                 varchar(8)    NOT NULL CHECK (residence IN ('URBAN', 'RURAL')),
    per_capita_monthly_income numeric(14, 2) NOT NULL CHECK (per_capita_monthly_income >= 0),
    address                   text,
    registered_at             timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL
);

-- Region filters are prefix matches (a town is every code starting with its 9 digits).
CREATE INDEX registry_household_region ON registry_household (region_code varchar_pattern_ops);

COMMENT ON TABLE registry_household IS '监测户：最近一次核实的家庭信息';
COMMENT ON COLUMN registry_household.id IS '户编号（最多32个字符）';
COMMENT ON COLUMN registry_household.region_code IS '所在村（居委会）的12位统计用区划代码';
COMMENT ON COLUMN registry_household.residence IS '城乡：URBAN 城镇，RURAL 农村（适用哪一个地方标准）';
COMMENT ON COLUMN registry_household.per_capita_monthly_income IS '家庭月人均收入（元），最近一次核实';
COMMENT ON COLUMN registry_household.address IS '住址';
COMMENT ON COLUMN registry_household.registered_at IS '首次登记时间';
COMMENT ON COLUMN registry_household.updated_at IS '最近一次登记（导入）时间';

CREATE TABLE registry_member (
    id               bigserial    PRIMARY KEY,
    household_id     varchar(32)  NOT NULL REFERENCES registry_household (id) ON DELETE CASCADE,
    position         integer      NOT NULL,
    id_number        varchar(18)  NOT NULL,
    name             varchar(100) NOT NULL,
    relation         varchar(16)  NOT NULL CHECK (relation IN ('HEAD', 'SPOUSE', 'CHILD', 'PARENT',
                         'GRANDCHILD', 'SIBLING', 'OTHER')),
    labor_capacity   varchar(8)   CHECK (labor_capacity IN ('FULL', 'PARTIAL', 'NONE')),
    disability_grade smallint     CHECK (disability_grade BETWEEN 1 AND 4),
    disability_type  varchar(16)  CHECK (disability_type IN ('PHYSICAL', 'VISUAL', 'HEARING',
                         'SPEECH', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE')),
    serious_illness  boolean      NOT NULL DEFAULT false,
    phone            varchar(40),
    CHECK ((disability_grade IS NULL) = (disability_type IS NULL))
);

-- A person belongs to one monitored household (formats-notes §3).
CREATE UNIQUE INDEX registry_member_id_number ON registry_member (id_number);
CREATE INDEX registry_member_household ON registry_member (household_id, position);

COMMENT ON TABLE registry_member IS '共同生活家庭成员';
COMMENT ON COLUMN registry_member.position IS '在户内的顺序（导入文件中的先后）';
COMMENT ON COLUMN registry_member.id_number IS '公民身份号码（18位）；个人信息，任何接口只返回脱敏形式；只经 JdbcHouseholds 读写，以便日后加密';
COMMENT ON COLUMN registry_member.name IS '姓名';
COMMENT ON COLUMN registry_member.relation IS '与户主关系';
COMMENT ON COLUMN registry_member.labor_capacity IS '劳动能力：FULL 完全，PARTIAL 部分，NONE 无；空为未登记';
COMMENT ON COLUMN registry_member.disability_grade IS '残疾等级 1–4（1 最重）；与残疾类别同有同无';
COMMENT ON COLUMN registry_member.disability_type IS '残疾类别';
COMMENT ON COLUMN registry_member.serious_illness IS '是否患重特大疾病';
COMMENT ON COLUMN registry_member.phone IS '联系电话';

CREATE TABLE registry_household_category (
    id             bigserial   PRIMARY KEY,
    household_id   varchar(32) NOT NULL REFERENCES registry_household (id) ON DELETE CASCADE,
    category       varchar(20) NOT NULL CHECK (category IN ('DIBAO', 'TEKUN', 'DIBAO_EDGE',
                       'RIGID_EXPENDITURE', 'RELAPSE_MONITORED', 'OTHER_LOW_INCOME')),
    effective_from date        NOT NULL,
    effective_to   date,
    opened_by      varchar(64) NOT NULL,
    closed_by      varchar(64),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- At most one open (current) row per household and category.
CREATE UNIQUE INDEX registry_household_category_current
    ON registry_household_category (household_id, category) WHERE effective_to IS NULL;
CREATE INDEX registry_household_category_history
    ON registry_household_category (household_id, effective_from);

COMMENT ON TABLE registry_household_category IS '低收入人口类别及其历史：一户可同时属于多个类别';
COMMENT ON COLUMN registry_household_category.category IS '类别：低保、特困、低保边缘、刚性支出困难、防返贫监测对象、其他低收入';
COMMENT ON COLUMN registry_household_category.effective_from IS '起始日期（含）';
COMMENT ON COLUMN registry_household_category.effective_to IS '终止日期（不含）；空表示当前有效';
COMMENT ON COLUMN registry_household_category.opened_by IS '登记该类别的用户名（或 system）';
COMMENT ON COLUMN registry_household_category.closed_by IS '终止该类别的用户名（或 system）';

CREATE TABLE registry_local_standard (
    region_code                 varchar(12)    NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
    region_prefix               varchar(12)    NOT NULL,
    effective_from              date           NOT NULL,
    urban_dibao_monthly         numeric(12, 2) NOT NULL CHECK (urban_dibao_monthly >= 0),
    rural_dibao_monthly         numeric(12, 2) NOT NULL CHECK (rural_dibao_monthly >= 0),
    edge_multiplier             numeric(6, 3)  NOT NULL CHECK (edge_multiplier >= 1),
    last_year_disposable_income numeric(14, 2) NOT NULL CHECK (last_year_disposable_income >= 0),
    temporary_assistance_tiers  jsonb          NOT NULL DEFAULT '[]',
    saved_at                    timestamptz    NOT NULL,
    saved_by                    varchar(64)    NOT NULL,
    PRIMARY KEY (region_code, effective_from)
);

COMMENT ON TABLE registry_local_standard IS '地方救助标准：某区划自某日起适用的低保标准、低保边缘倍数、上年人均可支配收入、临时救助分档';
COMMENT ON COLUMN registry_local_standard.region_code IS '制定标准的区划（12位）；适用于其下所有区划，下级另有标准的除外';
COMMENT ON COLUMN registry_local_standard.region_prefix IS '区划代码的有效位（省2位、市4位、县6位、乡9位、村12位），用于前缀匹配';
COMMENT ON COLUMN registry_local_standard.effective_from IS '起始执行日期';
COMMENT ON COLUMN registry_local_standard.urban_dibao_monthly IS '城市低保标准（元/人·月）';
COMMENT ON COLUMN registry_local_standard.rural_dibao_monthly IS '农村低保标准（元/人·月）';
COMMENT ON COLUMN registry_local_standard.edge_multiplier IS '低保边缘倍数（全国一般为1.5）';
COMMENT ON COLUMN registry_local_standard.last_year_disposable_income IS '上年度居民人均可支配收入（元/年）';
COMMENT ON COLUMN registry_local_standard.temporary_assistance_tiers IS '临时救助分档（JSON 数组：fromHardship、monthsOfDibaoStandard、maximum）';
COMMENT ON COLUMN registry_local_standard.saved_at IS '保存时间';
COMMENT ON COLUMN registry_local_standard.saved_by IS '保存该标准的用户名';

CREATE TABLE registry_assistant (
    village_code varchar(12) PRIMARY KEY CHECK (village_code ~ '^[0-9]{12}$'
                     AND right(village_code, 3) <> '000'),
    user_id      bigint      NOT NULL REFERENCES platform_user (id),
    assigned_at  timestamptz NOT NULL,
    assigned_by  varchar(64) NOT NULL
);

COMMENT ON TABLE registry_assistant IS '村社会救助协理员：每个村（社区）一名';
COMMENT ON COLUMN registry_assistant.village_code IS '村（居委会）的12位区划代码';
COMMENT ON COLUMN registry_assistant.user_id IS '协理员的用户编号（角色 VILLAGE_ASSISTANT，所属区划即该村）';
COMMENT ON COLUMN registry_assistant.assigned_at IS '指定时间';
COMMENT ON COLUMN registry_assistant.assigned_by IS '指定者的用户名';

CREATE TABLE registry_import_job (
    id                   bigserial    PRIMARY KEY,
    status               varchar(12)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED',
                             'FAILED')),
    user_id              bigint       NOT NULL,
    username             varchar(64)  NOT NULL,
    region_code          varchar(12)  NOT NULL,
    households_file      varchar(32)  NOT NULL,
    members_file         varchar(32)  NOT NULL,
    rows_total           bigint,
    rows_read            bigint       NOT NULL DEFAULT 0,
    households_read      integer      NOT NULL DEFAULT 0,
    households_accepted  integer      NOT NULL DEFAULT 0,
    households_rejected  integer      NOT NULL DEFAULT 0,
    members_read         integer      NOT NULL DEFAULT 0,
    members_accepted     integer      NOT NULL DEFAULT 0,
    members_rejected     integer      NOT NULL DEFAULT 0,
    households_created   integer      NOT NULL DEFAULT 0,
    households_replaced  integer      NOT NULL DEFAULT 0,
    error                text,
    created_at           timestamptz  NOT NULL,
    started_at           timestamptz,
    finished_at          timestamptz
);

CREATE INDEX registry_import_job_region ON registry_import_job (region_code varchar_pattern_ops);

COMMENT ON TABLE registry_import_job IS '导入任务：户和成员文件（CSV 或 XLSX）在后台校验、写入；有效行在一个事务中全部写入或全部不写';
COMMENT ON COLUMN registry_import_job.status IS '状态：QUEUED 排队，RUNNING 进行中，SUCCEEDED 成功，FAILED 失败（未写入任何数据）';
COMMENT ON COLUMN registry_import_job.user_id IS '发起导入的用户编号';
COMMENT ON COLUMN registry_import_job.username IS '发起导入的用户名';
COMMENT ON COLUMN registry_import_job.region_code IS '发起者的所属区划：导入的户必须位于其中';
COMMENT ON COLUMN registry_import_job.households_file IS '户文件名（households.csv 或 households.xlsx）';
COMMENT ON COLUMN registry_import_job.members_file IS '成员文件名（members.csv 或 members.xlsx）';
COMMENT ON COLUMN registry_import_job.rows_total IS '两个文件的数据行总数（读前统计）';
COMMENT ON COLUMN registry_import_job.rows_read IS '已读数据行数（进度）';
COMMENT ON COLUMN registry_import_job.households_read IS '户文件：读取行数';
COMMENT ON COLUMN registry_import_job.households_accepted IS '户文件：有效行数';
COMMENT ON COLUMN registry_import_job.households_rejected IS '户文件：退回行数';
COMMENT ON COLUMN registry_import_job.members_read IS '成员文件：读取行数';
COMMENT ON COLUMN registry_import_job.members_accepted IS '成员文件：有效行数';
COMMENT ON COLUMN registry_import_job.members_rejected IS '成员文件：退回行数';
COMMENT ON COLUMN registry_import_job.households_created IS '新登记的户数';
COMMENT ON COLUMN registry_import_job.households_replaced IS '已存在而被替换的户数';
COMMENT ON COLUMN registry_import_job.error IS '失败原因（文件格式错误或写入失败）；身份证号已脱敏';
COMMENT ON COLUMN registry_import_job.created_at IS '提交时间';
COMMENT ON COLUMN registry_import_job.started_at IS '开始处理时间';
COMMENT ON COLUMN registry_import_job.finished_at IS '结束时间';

CREATE TABLE registry_import_reject (
    job_id      bigint      NOT NULL REFERENCES registry_import_job (id) ON DELETE CASCADE,
    seq         integer     NOT NULL,
    file        varchar(32) NOT NULL,
    row_number  bigint      NOT NULL,
    column_name varchar(64) NOT NULL,
    reason      text        NOT NULL,
    PRIMARY KEY (job_id, seq)
);

COMMENT ON TABLE registry_import_reject IS '导入退回记录：每个无效行一条，说明文件、行号、列和原因';
COMMENT ON COLUMN registry_import_reject.seq IS '顺序：先户文件后成员文件，按行号';
COMMENT ON COLUMN registry_import_reject.file IS '文件名';
COMMENT ON COLUMN registry_import_reject.row_number IS '行号：该行在文件中起始的行（表头为第1行）';
COMMENT ON COLUMN registry_import_reject.column_name IS '出错的列；整行有误时为空';
COMMENT ON COLUMN registry_import_reject.reason IS '原因（英文）；身份证号已脱敏';
