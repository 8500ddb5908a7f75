package org.tuodi.core.event;

import java.util.Objects;

/**
 * 记录标识: a department record's identity, {@code (source, event_id)}. The same key sent twice is one
 * record (formats.md). Printed as {@code SOURCE:event_id}, the form of alerts.csv evidence.
 */
public record EventKey(Source source, String eventId) implements Comparable<EventKey> {

    public EventKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(eventId, "eventId");
        if (eventId.isBlank()) {
            throw new IllegalArgumentException("event_id is empty");
        }
    }

    /** Parses the {@code SOURCE:event_id} form. */
    public static EventKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("evidence must be SOURCE:event_id: '" + text + "'");
        }
        return new EventKey(Source.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override
    public int compareTo(EventKey other) {
        int bySource = source.compareTo(other.source);
        return bySource != 0 ? bySource : eventId.compareTo(other.eventId);
    }

    @Override
    public String toString() {
        return source.name() + ":" + eventId;
    }
}
