package org.tuodi.server.ingest.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.EventField;
import org.tuodi.core.shared.Yuan;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record as the JSON object of formats.md (camelCase names): the common fields, then the fields
 * of its type that it carries, but not the person's identity number, which is stored encrypted in
 * its own columns. Amounts are written as strings with two decimals, so no binary floating point
 * ever touches them.
 */
final class EventPayload {

    private EventPayload() {}

    static String of(DepartmentEvent event, JsonMapper json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("eventId", event.key().eventId());
        fields.put("source", event.key().source().name());
        fields.put("type", event.type().name());
        fields.put("occurredOn", event.occurredOn().toString());
        for (EventField field : event.type().fields()) {
            event.valueOf(field)
                    .ifPresent(
                            value ->
                                    fields.put(
                                            field.jsonName(),
                                            value instanceof Yuan ? value.toString() : value));
        }
        return json.writeValueAsString(fields);
    }
}
