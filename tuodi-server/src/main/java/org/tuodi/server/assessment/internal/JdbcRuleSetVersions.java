package org.tuodi.server.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.server.assessment.RuleSetVersions.RuleSetVersion;
import org.tuodi.server.assessment.RuleSetVersions.Status;

/** The rule set versions in {@code assessment_rule_set}. */
@Repository
class JdbcRuleSetVersions {

    private static final String COLUMNS =
            """
            id, rule_set_id, version, name, status, effective_from, content_hash, content,
            created_by, created_at, updated_at, published_by, published_at
            """;

    private final JdbcClient jdbc;

    JdbcRuleSetVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RuleSetVersion> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_rule_set ORDER BY id DESC")
                .query(JdbcRuleSetVersions::row)
                .list();
    }

    Optional<RuleSetVersion> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_rule_set WHERE id = :id")
                .param("id", id)
                .query(JdbcRuleSetVersions::row)
                .optional();
    }

    Optional<RuleSetVersion> inForce(LocalDate date) {
        return jdbc.sql(
                        "SELECT "
                                + COLUMNS
                                + """
                                FROM assessment_rule_set
                                WHERE status = 'PUBLISHED' AND effective_from <= :date
                                ORDER BY effective_from DESC, id DESC LIMIT 1
                                """)
                .param("date", date)
                .query(JdbcRuleSetVersions::row)
                .optional();
    }

    /** The first published version: in force before any effective date (no gap). */
    Optional<RuleSetVersion> earliestPublished() {
        return jdbc.sql(
                        "SELECT "
                                + COLUMNS
                                + """
                                FROM assessment_rule_set WHERE status = 'PUBLISHED'
                                ORDER BY effective_from, id LIMIT 1
                                """)
                .query(JdbcRuleSetVersions::row)
                .optional();
    }

    boolean exists(String ruleSetId, String version, long exceptId) {
        return jdbc.sql(
                                """
                        SELECT count(*) FROM assessment_rule_set
                        WHERE rule_set_id = :ruleSetId AND version = :version AND id <> :except
                        """)
                        .param("ruleSetId", ruleSetId)
                        .param("version", version)
                        .param("except", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(
            RuleSet rules,
            String hash,
            String content,
            Status status,
            String by,
            OffsetDateTime now) {
        boolean published = status == Status.PUBLISHED;
        return jdbc.sql(
                        """
                        INSERT INTO assessment_rule_set (rule_set_id, version, name, content,
                            content_hash, status, effective_from, created_by, created_at,
                            updated_at, published_by, published_at)
                        VALUES (:ruleSetId, :version, :name, :content, :hash, :status,
                            :effectiveFrom, :by, :now, :now, :publishedBy, :publishedAt)
                        RETURNING id
                        """)
                .param("ruleSetId", rules.id())
                .param("version", rules.version())
                .param("name", rules.name())
                .param("content", content)
                .param("hash", hash)
                .param("status", status.name())
                .param("effectiveFrom", rules.effectiveFrom())
                .param("by", by)
                .param("now", now)
                .param("publishedBy", published ? by : null)
                .param("publishedAt", published ? now : null)
                .query(Long.class)
                .single();
    }

    /** Replaces a draft's text; false if it is no longer a draft. */
    boolean updateDraft(long id, RuleSet rules, String hash, String content, OffsetDateTime now) {
        return jdbc.sql(
                                """
                                UPDATE assessment_rule_set
                                SET rule_set_id = :ruleSetId, version = :version, name = :name,
                                    content = :content, content_hash = :hash,
                                    effective_from = :effectiveFrom, updated_at = :now
                                WHERE id = :id AND status = 'DRAFT'
                                """)
                        .param("ruleSetId", rules.id())
                        .param("version", rules.version())
                        .param("name", rules.name())
                        .param("content", content)
                        .param("hash", hash)
                        .param("effectiveFrom", rules.effectiveFrom())
                        .param("now", now)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Marks a draft published; false if it is no longer a draft. */
    boolean publish(long id, String by, OffsetDateTime now) {
        return jdbc.sql(
                                """
                                UPDATE assessment_rule_set
                                SET status = 'PUBLISHED', published_by = :by, published_at = :now,
                                    updated_at = :now
                                WHERE id = :id AND status = 'DRAFT'
                                """)
                        .param("by", by)
                        .param("now", now)
                        .param("id", id)
                        .update()
                == 1;
    }

    private static RuleSetVersion row(ResultSet rs, int n) throws SQLException {
        return new RuleSetVersion(
                rs.getLong("id"),
                rs.getString("rule_set_id"),
                rs.getString("version"),
                rs.getString("name"),
                Status.valueOf(rs.getString("status")),
                rs.getObject("effective_from", LocalDate.class),
                rs.getString("content_hash"),
                rs.getString("content"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class));
    }
}
