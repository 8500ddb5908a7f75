package org.tuodi.server.alerting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.DecisionReceipt;
import org.tuodi.core.engine.IndicatorHit;

/**
 * The engine's decisions in {@code alerting_decision}, each with its receipt (jsonb) and the
 * indicators that hit in {@code alerting_decision_indicator}, in rule set order.
 */
@Repository
public class JdbcDecisions {

    private final JdbcClient jdbc;
    private final CaseDocuments documents;

    JdbcDecisions(JdbcClient jdbc, CaseDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** Stores a decision of the case (or of no case: {@code caseId} null); its id. */
    long insert(Long caseId, AlertDecision decision, OffsetDateTime now) {
        DecisionReceipt r = decision.receipt();
        long id =
                jdbc.sql(
                                """
                                INSERT INTO alerting_decision (case_id, household_id, decision,
                                    level, score, as_of, rule_set_id, rule_set_version,
                                    rule_set_hash, receipt, created_at)
                                VALUES (:caseId, :household, :decision, :level, :score, :asOf,
                                    :ruleSetId, :ruleSetVersion, :ruleSetHash,
                                    CAST(:receipt AS jsonb), :now)
                                RETURNING id
                                """)
                        .param("caseId", caseId)
                        .param("household", decision.household().value())
                        .param("decision", decision.code())
                        .param("level", r.level().name())
                        .param("score", r.score())
                        .param("asOf", r.asOf())
                        .param("ruleSetId", r.ruleSetId())
                        .param("ruleSetVersion", r.ruleSetVersion())
                        .param("ruleSetHash", r.ruleSetHash())
                        .param("receipt", documents.receipt(r))
                        .param("now", now)
                        .query(Long.class)
                        .single();
        List<IndicatorHit> hits = r.hits();
        for (int i = 0; i < hits.size(); i++) {
            IndicatorHit hit = hits.get(i);
            jdbc.sql(
                            """
                            INSERT INTO alerting_decision_indicator (decision_id, position,
                                indicator_code, dimension, value, threshold, score)
                            VALUES (:id, :position, :code, :dimension, :value, :threshold, :score)
                            """)
                    .param("id", id)
                    .param("position", i)
                    .param("code", hit.code())
                    .param("dimension", hit.dimension().name())
                    .param("value", hit.value())
                    .param("threshold", hit.threshold())
                    .param("score", hit.score())
                    .update();
        }
        return id;
    }

    /** A decision as the case page shows it, with its receipt document. */
    public record DecisionLine(
            long id,
            String decision,
            String level,
            int score,
            LocalDate asOf,
            String ruleSetId,
            String ruleSetVersion,
            String ruleSetHash,
            String receipt,
            OffsetDateTime createdAt) {}

    public List<DecisionLine> ofCase(long caseId) {
        return jdbc.sql(
                        """
                        SELECT id, decision, level, score, as_of, rule_set_id, rule_set_version,
                            rule_set_hash, receipt::text AS receipt, created_at
                        FROM alerting_decision WHERE case_id = :caseId ORDER BY id
                        """)
                .param("caseId", caseId)
                .query(
                        (rs, n) ->
                                new DecisionLine(
                                        rs.getLong("id"),
                                        rs.getString("decision"),
                                        rs.getString("level"),
                                        rs.getInt("score"),
                                        rs.getObject("as_of", LocalDate.class),
                                        rs.getString("rule_set_id"),
                                        rs.getString("rule_set_version"),
                                        rs.getString("rule_set_hash"),
                                        rs.getString("receipt"),
                                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }
}
