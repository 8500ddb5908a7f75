package org.tuodi.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.HousingDamage;
import org.tuodi.core.event.HousingGrade;
import org.tuodi.core.event.SchoolStage;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.LaborCapacity;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Relation;
import org.tuodi.core.household.Residence;

/**
 * The SQL that loads the three input files into DuckDB and keeps the rows tuodi-data's readers
 * accept (docs/formats-notes.md), as three tables:
 *
 * <ul>
 *   <li>{@code hh}: accepted households (id, region, categories as a list, residence, income in
 *       fen, size = accepted members), the first accepted row of an id;
 *   <li>{@code mem}: accepted members of accepted households with what household conditions test
 *       (birth date and sex from the identity number, relation, labour capacity, disability, severe
 *       disability, serious illness), the first accepted row of a person;
 *   <li>{@code ev}: accepted records about members ({@code hid} of their household), with the file
 *       position ({@code rid}), the source's enum order ({@code src}) and amounts in fen.
 * </ul>
 *
 * Cells are trimmed and an empty cell is absent, as the readers do. Code lists come from the core's
 * enums. Not reproduced: the RFC 4180 field-count and UTF-8 checks (DuckDB's CSV reader fails or
 * decodes on its own), Java's wider notion of white space when trimming, and region codes that the
 * division data lists at two levels. A record's identity number is not checked on its own: only
 * records whose number equals an accepted member's count, and those numbers are valid.
 *
 * <p>Longer than our 150 lines: most of it is the SQL itself, kept whole so it reads as one query.
 */
final class InputSql {

    private InputSql() {}

    /** Statements creating {@code hh}, {@code mem} and {@code ev}; the raw tables must exist. */
    static List<String> statements(Set<String> eventColumns) {
        List<String> sql = new ArrayList<>();
        sql.add(MACROS);
        sql.add(households());
        sql.add(members());
        sql.add(events(eventColumns));
        return sql;
    }

    /** Loads a CSV file as text columns, in file order (rowid is the row's position). */
    static String load(String table, Path file) {
        return "CREATE TABLE "
                + table
                + " AS SELECT * FROM read_csv("
                + ConditionSql.text(file.toAbsolutePath().toString())
                + ", header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true)";
    }

    private static final String MACROS =
            """
            CREATE MACRO cell(x) AS nullif(trim(x), '');
            CREATE MACRO is_amount(x) AS regexp_full_match(x, '[0-9]+(\\.[0-9]{1,2})?');
            CREATE MACRO fen(x) AS CAST(try_cast(x AS DECIMAL(18, 2)) * 100 AS BIGINT);
            CREATE MACRO is_date(x) AS
                regexp_full_match(x, '[0-9]{4}-[0-9]{2}-[0-9]{2}') AND try_cast(x AS DATE) IS NOT NULL;
            CREATE MACRO is_code(x, codes) AS list_contains(codes, x);
            """;

    private static String households() {
        return """
            CREATE TABLE hh AS
            WITH c AS (
                SELECT rowid AS rid, cell(household_id) AS hid, cell(region_code) AS region,
                       list_transform(string_split(cell(categories), ';'), lambda x: trim(x)) AS categories,
                       cell(residence) AS residence, cell(per_capita_monthly_income) AS income
                FROM households_raw),
            ok AS (
                SELECT * FROM c
                WHERE hid IS NOT NULL AND length(hid) <= 32
                  AND coalesce(regexp_full_match(region, '[0-9]{12}'), false)
                  AND NOT starts_with(region, '00') AND NOT ends_with(region, '000')
                  AND substr(region, 1, 9) IN (SELECT code FROM division_town)
                  AND (region IN (SELECT code FROM division_village)
                       OR substr(region, 1, 9) NOT IN (SELECT town FROM division_village))
                  AND list_bool_and(list_transform(categories, lambda x: is_code(x, [%s])))
                  AND is_code(residence, [%s]) AND coalesce(is_amount(income), false)
                QUALIFY row_number() OVER (PARTITION BY hid ORDER BY rid) = 1)
            SELECT hid, region, list_distinct(categories) AS categories, residence,
                   fen(income) AS income, 0 AS size
            FROM ok
            """
                .formatted(codes(LowIncomeCategory.values()), codes(Residence.values()));
    }

    private static String members() {
        return """
            CREATE TABLE mem AS
            WITH c AS (
                SELECT rowid AS rid, cell(household_id) AS hid, upper(cell(id_number)) AS id,
                       cell(name) AS name, cell(relation) AS relation, cell(labor_capacity) AS labor,
                       cell(disability_grade) AS grade, cell(disability_type) AS dtype,
                       cell(serious_illness) AS ill
                FROM members_raw),
            ok AS (
                SELECT c.* FROM c JOIN hh USING (hid)
                WHERE coalesce(%s, false)
                  AND name IS NOT NULL AND is_code(relation, [%s])
                  AND (labor IS NULL OR is_code(labor, [%s]))
                  AND (grade IS NULL OR regexp_full_match(grade, '[0-9]{1,9}')
                       AND try_cast(grade AS BIGINT) BETWEEN 1 AND 4)
                  AND (dtype IS NULL OR is_code(dtype, [%s]))
                  AND (grade IS NULL) = (dtype IS NULL)
                  AND (ill IS NULL OR ill IN ('true', 'false'))
                QUALIFY row_number() OVER (PARTITION BY id ORDER BY rid) = 1)
            SELECT hid, id, CAST(strptime(substr(id, 7, 8), '%%Y%%m%%d') AS DATE) AS birth,
                   CASE WHEN CAST(substr(id, 17, 1) AS INTEGER) %% 2 = 1 THEN 'MALE' ELSE 'FEMALE' END
                       AS sex,
                   relation, labor, CAST(grade AS INTEGER) AS grade, dtype,
                   coalesce(CAST(grade AS INTEGER) <= 2
                            OR CAST(grade AS INTEGER) = 3 AND dtype IN ('INTELLECTUAL', 'MENTAL'),
                            false) AS severe,
                   coalesce(ill = 'true', false) AS ill
            FROM ok;
            UPDATE hh SET size = s.n FROM (SELECT hid, count(*) AS n FROM mem GROUP BY hid) s
            WHERE hh.hid = s.hid
            """
                .formatted(
                        validId("id"),
                        codes(Relation.values()),
                        codes(LaborCapacity.values()),
                        codes(DisabilityType.values()));
    }

    /** GB 11643: 17 digits and a check character, a birth date from 1880, no 00 address. */
    private static String validId(String x) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            sum.append(i == 0 ? "" : " + ")
                    .append("try_cast(substr(")
                    .append(x)
                    .append(", ")
                    .append(i + 1)
                    .append(", 1) AS INTEGER) * ")
                    .append(weights[i]);
        }
        return "regexp_full_match(%1$s, '[0-9]{17}[0-9X]') AND NOT starts_with(%1$s, '00')"
                        .formatted(x)
                + " AND try_strptime(substr(%1$s, 7, 8), '%%Y%%m%%d') >= TIMESTAMP '1880-01-01'"
                        .formatted(x)
                + " AND substr('10X98765432', ("
                + sum
                + ") %% 11 + 1, 1) = substr(%1$s, 18, 1)".formatted(x);
    }

    private static String events(Set<String> present) {
        StringBuilder columns = new StringBuilder();
        StringBuilder checks = new StringBuilder();
        for (EventField f : EventField.values()) {
            String col = f.column();
            columns.append(",\n           ")
                    .append(present.contains(col) ? "cell(" + col + ")" : "NULL::VARCHAR")
                    .append(" AS ")
                    .append(col);
            // a column of other types must be empty
            checks.append("\n  AND (")
                    .append(col)
                    .append(" IS NULL OR type IN (")
                    .append(typesOf(f))
                    .append("))");
        }
        return """
            CREATE TABLE ev AS
            WITH c AS (
                SELECT rowid AS rid, cell(event_id) AS event_id, cell(source) AS source,
                       cell(type) AS type, upper(cell(id_number)) AS id,
                       cell(occurred_on) AS occurred_on%s
                FROM events_raw),
            ok AS (
                SELECT * FROM c
                WHERE event_id IS NOT NULL AND source = CASE type %s END
                  AND coalesce(is_date(occurred_on), false)%s
                  AND (type <> 'MEDICAL_SETTLEMENT' OR out_of_pocket IS NOT NULL)
                  AND (type <> 'STUDENT_ENROLLED' OR stage IS NOT NULL)
                  AND (type <> 'DISABILITY_CERTIFIED'
                       OR disability_grade IS NOT NULL AND disability_type IS NOT NULL)
                  AND (type <> 'HOUSING_ASSESSED' OR housing_grade IS NOT NULL)
                  AND (total_cost IS NULL OR is_amount(total_cost))
                  AND (reimbursed IS NULL OR is_amount(reimbursed))
                  AND (out_of_pocket IS NULL OR is_amount(out_of_pocket))
                  AND (annual_fee IS NULL OR is_amount(annual_fee))
                  AND (loss_amount IS NULL OR is_amount(loss_amount))
                  AND (inpatient IS NULL OR inpatient IN ('true', 'false'))
                  AND (stage IS NULL OR is_code(stage, [%s]))
                  AND (disability_grade IS NULL OR regexp_full_match(disability_grade, '[0-9]{1,9}')
                       AND try_cast(disability_grade AS BIGINT) BETWEEN 1 AND 4)
                  AND (disability_type IS NULL OR is_code(disability_type, [%s]))
                  AND (housing_damage IS NULL OR is_code(housing_damage, [%s]))
                  AND (housing_grade IS NULL OR is_code(housing_grade, [%s])))
            SELECT m.hid, ok.rid, CASE ok.source %s END AS src, ok.source, ok.event_id, ok.type,
                   CAST(ok.occurred_on AS DATE) AS day,
                   fen(total_cost) AS total_cost, fen(reimbursed) AS reimbursed,
                   fen(out_of_pocket) AS out_of_pocket, inpatient, diagnosis, stage,
                   fen(annual_fee) AS annual_fee, CAST(disability_grade AS INTEGER) AS disability_grade,
                   disability_type, fen(loss_amount) AS loss_amount, housing_damage, housing_grade
            FROM ok JOIN mem m ON m.id = ok.id
            """
                .formatted(
                        columns,
                        sourceOfType(),
                        checks,
                        codes(SchoolStage.values()),
                        codes(DisabilityType.values()),
                        codes(HousingDamage.values()),
                        codes(HousingGrade.values()),
                        sourceOrder());
    }

    private static String typesOf(EventField f) {
        return Arrays.stream(EventType.values())
                .filter(f::belongsTo)
                .map(t -> ConditionSql.text(t.name()))
                .collect(Collectors.joining(", "));
    }

    private static String sourceOfType() {
        return Arrays.stream(EventType.values())
                .map(t -> "WHEN '" + t.name() + "' THEN '" + t.source().name() + "'")
                .collect(Collectors.joining(" "));
    }

    private static String sourceOrder() {
        return Arrays.stream(org.tuodi.core.event.Source.values())
                .map(s -> "WHEN '" + s.name() + "' THEN " + s.ordinal())
                .collect(Collectors.joining(" "));
    }

    private static String codes(Enum<?>[] values) {
        return ConditionSql.texts(Arrays.stream(values).map(Enum::name).toList());
    }
}
