package org.tuodi.core.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.household.Disability;
import org.tuodi.core.household.NationalId;

/** 残疾认定: the disabled persons' federation certifies a disability, its grade and type. */
public record DisabilityCertified(
        EventKey key, NationalId person, LocalDate occurredOn, Disability disability)
        implements DepartmentEvent {

    public DisabilityCertified {
        DepartmentEvent.checkCommon(key, person, occurredOn, EventType.DISABILITY_CERTIFIED);
        Objects.requireNonNull(disability, "disability");
    }

    @Override
    public EventType type() {
        return EventType.DISABILITY_CERTIFIED;
    }

    @Override
    public Optional<Object> valueOf(EventField field) {
        switch (field) {
            case DISABILITY_GRADE:
                return Optional.of(disability.grade());
            case DISABILITY_TYPE:
                return Optional.of(disability.type().name());
            default:
                return Optional.empty();
        }
    }
}
