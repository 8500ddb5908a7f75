package org.tuodi.core.event;

import java.time.LocalDate;
import java.util.Optional;
import org.tuodi.core.household.NationalId;

/**
 * 部门数据: a record about one person sent by a department, one of the types of formats.md. Its
 * identity is its {@link EventKey}; its time is the date it happened ({@code occurred_on}), which
 * is the time the engine reasons in.
 */
public sealed interface DepartmentEvent
        permits MedicalSettlement,
                SeriousIllnessDiagnosed,
                StudentEnrolled,
                UnemploymentRegistered,
                DisabilityCertified,
                DisasterLoss,
                HousingAssessed,
                DeathRegistered {

    EventKey key();

    NationalId person();

    LocalDate occurredOn();

    EventType type();

    /**
     * The value of a type-specific field: a {@link org.tuodi.core.shared.Yuan} for amounts, an
     * {@link Integer}, a {@link Boolean}, or a {@link String} (a code's name, or text); empty when
     * the field is absent or does not belong to this type.
     */
    Optional<Object> valueOf(EventField field);

    /** Checks the parts every record has and that the source may send this type. */
    static void checkCommon(EventKey key, NationalId person, LocalDate occurredOn, EventType type) {
        java.util.Objects.requireNonNull(key, "key");
        java.util.Objects.requireNonNull(person, "person");
        java.util.Objects.requireNonNull(occurredOn, "occurredOn");
        if (key.source() != type.source()) {
            throw new IllegalArgumentException(
                    type + " records come from " + type.source() + ", not " + key.source());
        }
    }
}
