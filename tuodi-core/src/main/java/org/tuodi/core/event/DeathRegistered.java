package org.tuodi.core.event;

import java.time.LocalDate;
import java.util.Optional;
import org.tuodi.core.household.NationalId;

/** 死亡登记: public security registers the person's death. */
public record DeathRegistered(EventKey key, NationalId person, LocalDate occurredOn)
        implements DepartmentEvent {

    public DeathRegistered {
        DepartmentEvent.checkCommon(key, person, occurredOn, EventType.DEATH_REGISTERED);
    }

    @Override
    public EventType type() {
        return EventType.DEATH_REGISTERED;
    }

    @Override
    public Optional<Object> valueOf(EventField field) {
        return Optional.empty();
    }
}
