package org.tuodi.core.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.shared.Yuan;

/** 受灾: emergency management records a disaster loss and the damage to the home. */
public record DisasterLoss(
        EventKey key,
        NationalId person,
        LocalDate occurredOn,
        Optional<Yuan> lossAmount,
        Optional<HousingDamage> housingDamage)
        implements DepartmentEvent {

    public DisasterLoss {
        DepartmentEvent.checkCommon(key, person, occurredOn, EventType.DISASTER_LOSS);
        Objects.requireNonNull(lossAmount, "lossAmount");
        Objects.requireNonNull(housingDamage, "housingDamage");
    }

    @Override
    public EventType type() {
        return EventType.DISASTER_LOSS;
    }

    @Override
    public Optional<Object> valueOf(EventField field) {
        switch (field) {
            case LOSS_AMOUNT:
                return lossAmount.map(v -> v);
            case HOUSING_DAMAGE:
                return housingDamage.map(Enum::name);
            default:
                return Optional.empty();
        }
    }
}
