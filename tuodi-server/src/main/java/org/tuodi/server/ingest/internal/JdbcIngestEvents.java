package org.tuodi.server.ingest.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.engine.EventOutcome;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.server.platform.PersonalDataCipher;
import org.tuodi.server.platform.PersonalDataCipher.Field;
import tools.jackson.databind.json.JsonMapper;

/**
 * Department records in {@code ingest_event}. Inserting is idempotent on {@code (source,
 * event_id)}: a record already stored is not stored again ({@code ON CONFLICT DO NOTHING}), and the
 * caller learns it was a duplicate. The person's identity number is stored encrypted with a keyed
 * hash ({@link PersonalDataCipher}) and its masked form, which places an unmatched record by its
 * address code; the JSON payload does not repeat it.
 */
@Repository
public class JdbcIngestEvents {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataCipher cipher;

    JdbcIngestEvents(JdbcClient jdbc, JsonMapper json, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.cipher = cipher;
    }

    /** Stores the record; its new id, or empty if {@code (source, event_id)} was stored before. */
    Optional<Long> insert(
            DepartmentEvent event, Optional<HouseholdId> household, OffsetDateTime receivedAt) {
        PersonalDataCipher.Sealed person =
                cipher.seal(Field.IDENTITY_NUMBER, event.person().value());
        return jdbc.sql(
                        """
                        INSERT INTO ingest_event (source, event_id, type, id_number_cipher,
                            id_number_hash, id_number_masked, occurred_on, payload, household_id,
                            received_at)
                        VALUES (:source, :eventId, :type, :idCipher, :idHash, :idMasked,
                            :occurredOn, CAST(:payload AS jsonb), :household, :receivedAt)
                        ON CONFLICT (source, event_id) DO NOTHING
                        RETURNING id
                        """)
                .param("source", event.key().source().name())
                .param("eventId", event.key().eventId())
                .param("type", event.type().name())
                .param("idCipher", person.ciphertext())
                .param("idHash", person.lookupHash())
                .param("idMasked", event.person().masked())
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
                        SELECT id, source, event_id, type, id_number_masked, occurred_on,
                            received_at
                        FROM ingest_event
                        WHERE household_id IS NULL AND id_number_masked LIKE :prefix
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
                                        rs.getString("id_number_masked"),
                                        rs.getString("occurred_on"),
                                        rs.getObject("received_at", OffsetDateTime.class)))
                .list();
    }

    public long countUnmatched(String addressPrefix) {
        return jdbc.sql(
                        """
                        SELECT count(*) FROM ingest_event
                        WHERE household_id IS NULL AND id_number_masked LIKE :prefix
                        """)
                .param("prefix", addressPrefix + "%")
                .query(Long.class)
                .single();
    }
}
