package org.tuodi.server.alerting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.casework.CaseAction;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.CaseStep;
import org.tuodi.core.casework.DisposalOutcome;
import org.tuodi.core.casework.OverdueKind;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;

/**
 * Cases in {@code alerting_case} and their history in {@code alerting_case_history}. An update
 * names the version it read: {@code UPDATE … WHERE version = ?}, and zero rows means someone else
 * changed the case first. Over 150 lines because the case row has sixteen columns, mapped once here
 * for reading, inserting and updating.
 */
@Repository
public class JdbcCases {

    private static final String COLUMNS =
            """
            id, household_id, region_code, level, status, raised_on, visit_due, disposal_due,
            assignee_id, visited_on, disposed_on, closed_on, outcome, overdue, escalated_to, version
            """;
    private static final Set<String> STEP_ACTIONS =
            EnumSet.allOf(CaseAction.class).stream().map(Enum::name).collect(Collectors.toSet());

    private final JdbcClient jdbc;

    JdbcCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerting_case WHERE id = :id")
                .param("id", id)
                .query(JdbcCases::row)
                .optional();
    }

    /** The household's case not yet closed, locked until the transaction ends. */
    Optional<CaseRow> lockOpenCaseOf(HouseholdId household) {
        return jdbc.sql(
                        "SELECT "
                                + COLUMNS
                                + " FROM alerting_case WHERE household_id = :household"
                                + " AND status <> 'CLOSED' FOR UPDATE")
                .param("household", household.value())
                .query(JdbcCases::row)
                .optional();
    }

    /** Open cases whose visit or disposal deadline passed before the date, or marked overdue. */
    List<CaseRow> dueBefore(LocalDate date) {
        return jdbc.sql(
                        "SELECT "
                                + COLUMNS
                                + """
                                 FROM alerting_case
                                WHERE status <> 'CLOSED'
                                  AND (overdue IS NOT NULL OR visit_due < :date OR disposal_due < :date)
                                ORDER BY id
                                """)
                .param("date", date)
                .query(JdbcCases::row)
                .list();
    }

    long insert(CaseRow row, OffsetDateTime now) {
        return jdbc.sql(
                        """
                        INSERT INTO alerting_case (household_id, region_code, level, status,
                            raised_on, visit_due, disposal_due, assignee_id, version, created_at,
                            updated_at)
                        VALUES (:household, :region, :level, :status, :raisedOn, :visitDue,
                            :disposalDue, :assignee, 0, :now, :now)
                        RETURNING id
                        """)
                .param("household", row.householdId().value())
                .param("region", row.region().value())
                .param("level", row.level().name())
                .param("status", row.status().name())
                .param("raisedOn", row.raisedOn())
                .param("visitDue", row.visitDue())
                .param("disposalDue", row.disposalDue())
                .param("assignee", row.assigneeId())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** Writes the row if its version is still {@code version}; the new version, or empty. */
    Optional<Integer> update(CaseRow row, int version, OffsetDateTime now) {
        int rows =
                jdbc.sql(
                                """
                                UPDATE alerting_case
                                SET level = :level, status = :status, visit_due = :visitDue,
                                    disposal_due = :disposalDue, assignee_id = :assignee,
                                    visited_on = :visitedOn, disposed_on = :disposedOn,
                                    closed_on = :closedOn, outcome = :outcome, overdue = :overdue,
                                    escalated_to = :escalatedTo, version = version + 1,
                                    updated_at = :now
                                WHERE id = :id AND version = :version
                                """)
                        .param("level", row.level().name())
                        .param("status", row.status().name())
                        .param("visitDue", row.visitDue())
                        .param("disposalDue", row.disposalDue())
                        .param("assignee", row.assigneeId())
                        .param("visitedOn", row.visitedOn())
                        .param("disposedOn", row.disposedOn())
                        .param("closedOn", row.closedOn())
                        .param("outcome", row.outcome() == null ? null : row.outcome().name())
                        .param("overdue", row.overdue() == null ? null : row.overdue().name())
                        .param("escalatedTo", row.escalatedTo())
                        .param("now", now)
                        .param("id", row.id())
                        .param("version", version)
                        .update();
        return rows == 1 ? Optional.of(version + 1) : Optional.empty();
    }

    /** One line of the case's history: who did what, when, from which status to which. */
    public record HistoryLine(
            OffsetDateTime at,
            LocalDate on,
            String actor,
            String action,
            CaseStatus from,
            CaseStatus to,
            String detail) {}

    void addHistory(long caseId, HistoryLine line) {
        jdbc.sql(
                        """
                        INSERT INTO alerting_case_history
                            (case_id, at, on_date, actor, action, from_status, to_status, detail)
                        VALUES (:caseId, :at, :on, :actor, :action, :from, :to, :detail)
                        """)
                .param("caseId", caseId)
                .param("at", line.at())
                .param("on", line.on())
                .param("actor", line.actor())
                .param("action", line.action())
                .param("from", line.from() == null ? null : line.from().name())
                .param("to", line.to().name())
                .param("detail", line.detail())
                .update();
    }

    public List<HistoryLine> history(long caseId) {
        return jdbc.sql(
                        """
                        SELECT at, on_date, actor, action, from_status, to_status, detail
                        FROM alerting_case_history WHERE case_id = :caseId ORDER BY id
                        """)
                .param("caseId", caseId)
                .query(
                        (rs, n) ->
                                new HistoryLine(
                                        rs.getObject("at", OffsetDateTime.class),
                                        rs.getObject("on_date", LocalDate.class),
                                        rs.getString("actor"),
                                        rs.getString("action"),
                                        status(rs.getString("from_status")),
                                        status(rs.getString("to_status")),
                                        rs.getString("detail")))
                .list();
    }

    /** The state machine's steps of the case (history lines of other kinds left out). */
    List<CaseStep> steps(long caseId) {
        return history(caseId).stream()
                .filter(line -> STEP_ACTIONS.contains(line.action()))
                .map(
                        line ->
                                new CaseStep(
                                        CaseAction.valueOf(line.action()),
                                        line.on(),
                                        line.to(),
                                        line.detail()))
                .toList();
    }

    static CaseRow row(ResultSet rs, int n) throws SQLException {
        return new CaseRow(
                rs.getLong("id"),
                new HouseholdId(rs.getString("household_id")),
                new RegionCode(rs.getString("region_code")),
                AlertLevel.valueOf(rs.getString("level")),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("raised_on", LocalDate.class),
                rs.getObject("visit_due", LocalDate.class),
                rs.getObject("disposal_due", LocalDate.class),
                nullableLong(rs, "assignee_id"),
                rs.getObject("visited_on", LocalDate.class),
                rs.getObject("disposed_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class),
                enumOf(DisposalOutcome.class, rs.getString("outcome")),
                enumOf(OverdueKind.class, rs.getString("overdue")),
                rs.getString("escalated_to"),
                rs.getInt("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static CaseStatus status(String name) {
        return enumOf(CaseStatus.class, name);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
