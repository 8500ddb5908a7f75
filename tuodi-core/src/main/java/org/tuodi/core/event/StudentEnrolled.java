package org.tuodi.core.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.shared.Yuan;

/** 入学: the education department records an enrolment, with the stage and the yearly fee. */
public record StudentEnrolled(
        EventKey key,
        NationalId person,
        LocalDate occurredOn,
        SchoolStage stage,
        Optional<Yuan> annualFee)
        implements DepartmentEvent {

    public StudentEnrolled {
        DepartmentEvent.checkCommon(key, person, occurredOn, EventType.STUDENT_ENROLLED);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(annualFee, "annualFee");
    }

    @Override
    public EventType type() {
        return EventType.STUDENT_ENROLLED;
    }

    @Override
    public Optional<Object> valueOf(EventField field) {
        switch (field) {
            case STAGE:
                return Optional.of(stage.name());
            case ANNUAL_FEE:
                return annualFee.map(v -> v);
            default:
                return Optional.empty();
        }
    }
}
