package org.tuodi.core.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.shared.Yuan;

/** 医保结算: a medical insurance settlement; {@code outOfPocket} is what the family paid itself. */
public record MedicalSettlement(
        EventKey key,
        NationalId person,
        LocalDate occurredOn,
        Optional<Yuan> totalCost,
        Optional<Yuan> reimbursed,
        Yuan outOfPocket,
        Optional<Boolean> inpatient,
        Optional<String> diagnosis)
        implements DepartmentEvent {

    public MedicalSettlement {
        DepartmentEvent.checkCommon(key, person, occurredOn, EventType.MEDICAL_SETTLEMENT);
        Objects.requireNonNull(totalCost, "totalCost");
        Objects.requireNonNull(reimbursed, "reimbursed");
        Objects.requireNonNull(outOfPocket, "outOfPocket");
        if (outOfPocket.isNegative()) {
            throw new IllegalArgumentException("out_of_pocket is negative");
        }
        Objects.requireNonNull(inpatient, "inpatient");
        Objects.requireNonNull(diagnosis, "diagnosis");
    }

    @Override
    public EventType type() {
        return EventType.MEDICAL_SETTLEMENT;
    }

    @Override
    public Optional<Object> valueOf(EventField field) {
        switch (field) {
            case TOTAL_COST:
                return totalCost.map(v -> v);
            case REIMBURSED:
                return reimbursed.map(v -> v);
            case OUT_OF_POCKET:
                return Optional.of(outOfPocket);
            case INPATIENT:
                return inpatient.map(v -> v);
            case DIAGNOSIS:
                return diagnosis.map(v -> v);
            default:
                return Optional.empty();
        }
    }
}
