package org.tuodi.server.ingest.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.engine.EventOutcome;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.HouseholdId;
import tools.jackson.databind.json.JsonMapper;

/**
 * Department records in {@code ingest_event}. Inserting is idempotent on {@code (source,
 * event_id)}: a record already stored is not stored again ({@code ON CONFLICT DO NOTHING}), and the
 * caller learns it was a duplicate.
 */
@Repository
public class JdbcIngestEvents {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcIngestEvents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the record; its new id, or empty if {@code (source, event_id)} was stored before. */
    Optional<Long> insert(
            DepartmentEvent event, Optional<HouseholdId> household, OffsetDateTime receivedAt) {
        return jdbc.sql(
                        """
                        INSERT INTO ingest_event (source, event_id, type, id_number, occurred_on,
                            payload, household_id, received_at)
                        VALUES (:source, :eventId, :type, :idNumber, :occurredOn,
                            CAST(:payload AS jsonb), :household, :receivedAt)
                        ON CONFLICT (source, event_id) DO NOTHING
                        RETURNING id
                        """)
                .param("source", event.key().source().name())
                .param("eventId", event.key().eventId())
                .param("type", event.type().name())
                .param("idNumber", event.person().value())
                .param("occurredOn", event.occurredOn())
                .param("payload", EventPayload.of(event, json))
                .param("household", household.map(HouseholdId::value).orElse(null))
                .param("receivedAt", receivedAt)
                .query(Long.class)
                .optional();
    }

    void recordOutcome(long id, EventOutcome outcome) {
        jdbc.sql("UPDATE ingest_event SET outcome = :outcome WHERE id = :id")
                .param("outcome", outcome.name())
                .param("id", id)
                .update();
    }

    /** An unmatched record as a county sees it: the identity number masked. */
    public record UnmatchedView(
            long id,
            String source,
            String eventId,
            String type,
            String idNumberMasked,
            String occurredOn,
            OffsetDateTime receivedAt) {}

    /**
     * Unmatched records whose identity number starts with the address-code prefix (2, 4 or 6
     * digits), newest first.
     */
    public List<UnmatchedView> unmatched(String addressPrefix, int page, int size) {
        return jdbc.sql(
                        """
                        SELECT id, source, event_id, type, id_number, occurred_on, received_at
                        FROM ingest_event
                        WHERE household_id IS NULL AND id_number LIKE :prefix
                        ORDER BY received_at DESC, id DESC
                        LIMIT :size OFFSET :offset
                        """)
                .param("prefix", addressPrefix + "%")
                .param("size", size)
                .param("offset", (long) page * size)
                .query(
                        (rs, n) ->
                                new UnmatchedView(
                                        rs.getLong("id"),
                                        rs.getString("source"),
                                        rs.getString("event_id"),
                                        rs.getString("type"),
                                        mask(rs.getString("id_number")),
                                        rs.getString("occurred_on"),
                                        rs.getObject("received_at", OffsetDateTime.class)))
                .list();
    }

    public long countUnmatched(String addressPrefix) {
        return jdbc.sql(
                        """
                        SELECT count(*) FROM ingest_event
                        WHERE household_id IS NULL AND id_number LIKE :prefix
                        """)
                .param("prefix", addressPrefix + "%")
                .query(Long.class)
                .single();
    }

    /** The masked form of formats-notes: address code, eight stars, last four. */
    static String mask(String idNumber) {
        return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }
}
