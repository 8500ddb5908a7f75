package org.tuodi.core.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.household.NationalId;

/** 重特大疾病: the health department recognises a major or serious illness. */
public record SeriousIllnessDiagnosed(
        EventKey key, NationalId person, LocalDate occurredOn, Optional<String> diagnosis)
        implements DepartmentEvent {

    public SeriousIllnessDiagnosed {
        DepartmentEvent.checkCommon(key, person, occurredOn, EventType.SERIOUS_ILLNESS_DIAGNOSED);
        Objects.requireNonNull(diagnosis, "diagnosis");
    }

    @Override
    public EventType type() {
        return EventType.SERIOUS_ILLNESS_DIAGNOSED;
    }

    @Override
    public Optional<Object> valueOf(EventField field) {
        return field == EventField.DIAGNOSIS ? diagnosis.map(v -> v) : Optional.empty();
    }
}
