package org.tuodi.core.event;

import java.time.LocalDate;
import java.util.Optional;
import org.tuodi.core.household.NationalId;

/** 失业登记: human resources registers the person as unemployed. */
public record UnemploymentRegistered(EventKey key, NationalId person, LocalDate occurredOn)
        implements DepartmentEvent {

    public UnemploymentRegistered {
        DepartmentEvent.checkCommon(key, person, occurredOn, EventType.UNEMPLOYMENT_REGISTERED);
    }

    @Override
    public EventType type() {
        return EventType.UNEMPLOYMENT_REGISTERED;
    }

    @Override
    public Optional<Object> valueOf(EventField field) {
        return Optional.empty();
    }
}
