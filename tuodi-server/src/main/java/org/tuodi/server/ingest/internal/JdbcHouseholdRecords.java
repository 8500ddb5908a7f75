package org.tuodi.server.ingest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.Source;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.server.ingest.HouseholdRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The records of {@code ingest_event} about a household, read for the case page. */
@Repository
class JdbcHouseholdRecords implements HouseholdRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcHouseholdRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<RecordLine> ofHousehold(HouseholdId household, int limit) {
        return jdbc.sql(
                        """
                        SELECT source, event_id, type, id_number_masked, occurred_on, received_at,
                            outcome, payload::text AS payload
                        FROM ingest_event WHERE household_id = :household
                        ORDER BY occurred_on DESC, id DESC LIMIT :limit
                        """)
                .param("household", household.value())
                .param("limit", limit)
                .query(
                        (rs, n) -> {
                            EventType type = EventType.valueOf(rs.getString("type"));
                            return new RecordLine(
                                    Source.valueOf(rs.getString("source")),
                                    rs.getString("event_id"),
                                    type,
                                    rs.getString("id_number_masked"),
                                    rs.getObject("occurred_on", java.time.LocalDate.class),
                                    rs.getObject("received_at", java.time.OffsetDateTime.class),
                                    rs.getString("outcome"),
                                    fields(type, rs.getString("payload")));
                        })
                .list();
    }

    private Map<String, String> fields(EventType type, String payload) {
        JsonNode tree = json.readTree(payload);
        Map<String, String> fields = new LinkedHashMap<>();
        for (EventField field : type.fields()) {
            JsonNode value = tree.get(field.jsonName());
            if (value != null && !value.isNull()) {
                fields.put(field.name(), value.isString() ? value.stringValue() : value.toString());
            }
        }
        return fields;
    }
}
