package org.tuodi.server.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.Source;
import org.tuodi.core.household.HouseholdId;

/**
 * 部门记录时间线: the department records stored about a household's members, for the case page. The caller
 * checks that the user may see the household (its case); the person's identity number is only given
 * masked.
 */
public interface HouseholdRecords {

    /** The household's records, newest first by the day they happened, at most {@code limit}. */
    List<RecordLine> ofHousehold(HouseholdId household, int limit);

    /**
     * One record: its key ({@code source}, {@code eventId}), what and when, when it arrived, the
     * engine's outcome (null before assessment) and the fields of its type by {@code EventField}
     * name ({@code OUT_OF_POCKET} → {@code 36800.00}).
     */
    record RecordLine(
            Source source,
            String eventId,
            EventType type,
            String personMasked,
            LocalDate occurredOn,
            OffsetDateTime receivedAt,
            String outcome,
            Map<String, String> fields) {

        /** The key as decision receipts write it: {@code SOURCE:event_id}. */
        public String key() {
            return source.name() + ":" + eventId;
        }
    }
}
