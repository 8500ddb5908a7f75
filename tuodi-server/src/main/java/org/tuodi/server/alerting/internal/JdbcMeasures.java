package org.tuodi.server.alerting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.assistance.Measure;
import org.tuodi.core.assistance.RecommendationStatus;
import org.tuodi.core.event.Source;
import org.tuodi.core.shared.Yuan;

/**
 * A case's measures in {@code alerting_measure}, in two stages: {@code PREFILLED} by the assistance
 * policies after the visit, {@code DECIDED} by the town office at disposal; and the departments'
 * feedback on referred measures in {@code alerting_referral_feedback}.
 */
@Repository
public class JdbcMeasures {

    static final String PREFILLED = "PREFILLED";
    static final String DECIDED = "DECIDED";

    private final JdbcClient jdbc;

    JdbcMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One measure of a case. */
    public record MeasureLine(
            Measure measure,
            RecommendationStatus status,
            Optional<Yuan> amount,
            String reason,
            String policyName,
            String policySource,
            String editedReason,
            Source referredTo) {}

    void insert(long caseId, String stage, List<MeasureLine> measures) {
        for (int i = 0; i < measures.size(); i++) {
            MeasureLine m = measures.get(i);
            jdbc.sql(
                            """
                            INSERT INTO alerting_measure (case_id, stage, position, measure, status,
                                amount, reason, policy_name, policy_source, edited_reason,
                                referred_to)
                            VALUES (:caseId, :stage, :position, :measure, :status, :amount,
                                :reason, :policyName, :policySource, :editedReason, :referredTo)
                            """)
                    .param("caseId", caseId)
                    .param("stage", stage)
                    .param("position", i)
                    .param("measure", m.measure().name())
                    .param("status", m.status().name())
                    .param("amount", m.amount().map(Yuan::toBigDecimal).orElse(null))
                    .param("reason", m.reason())
                    .param("policyName", m.policyName())
                    .param("policySource", m.policySource())
                    .param("editedReason", m.editedReason())
                    .param("referredTo", m.referredTo() == null ? null : m.referredTo().name())
                    .update();
        }
    }

    public List<MeasureLine> of(long caseId, String stage) {
        return jdbc.sql(
                        """
                        SELECT measure, status, amount, reason, policy_name, policy_source,
                            edited_reason, referred_to
                        FROM alerting_measure WHERE case_id = :caseId AND stage = :stage
                        ORDER BY position
                        """)
                .param("caseId", caseId)
                .param("stage", stage)
                .query(
                        (rs, n) -> {
                            BigDecimal amount = rs.getBigDecimal("amount");
                            String referredTo = rs.getString("referred_to");
                            return new MeasureLine(
                                    Measure.valueOf(rs.getString("measure")),
                                    RecommendationStatus.valueOf(rs.getString("status")),
                                    Optional.ofNullable(amount).map(Yuan::of),
                                    rs.getString("reason"),
                                    rs.getString("policy_name"),
                                    rs.getString("policy_source"),
                                    rs.getString("edited_reason"),
                                    referredTo == null ? null : Source.valueOf(referredTo));
                        })
                .list();
    }

    /** A department's feedback on a referred measure. */
    public record FeedbackLine(
            Measure measure,
            Source department,
            String result,
            LocalDate fedBackOn,
            String recordedBy) {}

    void insertFeedback(long caseId, FeedbackLine feedback, OffsetDateTime now) {
        jdbc.sql(
                        """
                        INSERT INTO alerting_referral_feedback (case_id, measure, department,
                            result, fed_back_on, recorded_by, recorded_at)
                        VALUES (:caseId, :measure, :department, :result, :on, :actor, :now)
                        """)
                .param("caseId", caseId)
                .param("measure", feedback.measure().name())
                .param("department", feedback.department().name())
                .param("result", feedback.result())
                .param("on", feedback.fedBackOn())
                .param("actor", feedback.recordedBy())
                .param("now", now)
                .update();
    }

    public List<FeedbackLine> feedback(long caseId) {
        return jdbc.sql(
                        """
                        SELECT measure, department, result, fed_back_on, recorded_by
                        FROM alerting_referral_feedback WHERE case_id = :caseId ORDER BY id
                        """)
                .param("caseId", caseId)
                .query(
                        (rs, n) ->
                                new FeedbackLine(
                                        Measure.valueOf(rs.getString("measure")),
                                        Source.valueOf(rs.getString("department")),
                                        rs.getString("result"),
                                        rs.getObject("fed_back_on", LocalDate.class),
                                        rs.getString("recorded_by")))
                .list();
    }
}
