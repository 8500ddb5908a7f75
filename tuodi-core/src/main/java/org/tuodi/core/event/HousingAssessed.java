package org.tuodi.core.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.household.NationalId;

/** 危房鉴定: the housing department grades the safety of the home. */
public record HousingAssessed(
        EventKey key, NationalId person, LocalDate occurredOn, HousingGrade housingGrade)
        implements DepartmentEvent {

    public HousingAssessed {
        DepartmentEvent.checkCommon(key, person, occurredOn, EventType.HOUSING_ASSESSED);
        Objects.requireNonNull(housingGrade, "housingGrade");
    }

    @Override
    public EventType type() {
        return EventType.HOUSING_ASSESSED;
    }

    @Override
    public Optional<Object> valueOf(EventField field) {
        return field == EventField.HOUSING_GRADE
                ? Optional.of(housingGrade.name())
                : Optional.empty();
    }
}
